using System.Globalization;

namespace JobFramework.Comp.Diagnostics;

/// <summary>
/// Every user-facing message text, in one place so wording stays consistent and tests can assert it.
/// Messages are plain sentences a comp analyst can act on: what is wrong, and what would be right.
/// </summary>
public static class Messages
{
    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Hint(string? suggestion) => suggestion is null ? "" : $" Did you mean '{suggestion}'?";

    // Money
    public static string UnknownCurrency(string? code) => $"'{code}' is not an ISO 4217 currency code this engine knows.";

    public static string CurrencyMismatch(string left, string right) => $"Cannot combine {left} with {right}: money never mixes currencies silently.";

    public const string MoneyWithoutCurrency = "Money needs a currency.";

    // JSON shape
    public const string EmptyFile = "The file is empty; expected a JSON object.";

    public const string TrailingContent = "Unexpected text after the end of the JSON value.";

    public static string MalformedJson(string detail) => $"Malformed JSON: {detail}.";

    public const string JsonTrailingComma = "There is a comma after the last item: remove it (JSON allows no comma before a closing ] or }).";

    public const string JsonMissingComma = "A comma is missing after this value: add ',' here, before the next item.";

    public const string JsonMissingColon = "A colon is missing after this property name: write \"name\": value.";

    public const string JsonPropertyNameUnquoted = "A property name must be in double quotes: write \"name\": value.";

    public const string JsonSingleQuotes = "Text must be in double quotes (\"…\"), not single quotes.";

    public const string JsonUnterminated = "The file ends inside a string or before its last value is complete: a closing quote, ] or } is missing.";

    public const string JsonUnclosed = "The file ends before every { and [ is closed: a closing } or ] is missing.";

    public const string JsonBadNumber = "This is not a number JSON can read: write digits with a '.' for decimals and no thousands separators (68000, not 68,000).";

    public static string DuplicateProperty(string name) => $"Property '{name}' appears more than once.";

    public static string WrongType(string what, string expected, string actual) => $"'{what}' must be {expected}, not {actual}.";

    public static string EmptyValue(string name) => $"'{name}' must not be empty.";

    public static string OutOfRange(string name, string value, int min, int max) => Inv($"'{name}' is {value}; it must be between {min} and {max}.");

    public static string NumberTooLarge(string name, string raw) => $"'{name}' value {raw} is not a representable number.";

    public static string MissingProperty(string name) => $"Required property '{name}' is missing.";

    public static string UnknownProperty(string name, string? suggestion) => $"Unknown property '{name}'.{Hint(suggestion)}";

    // Expression syntax
    public static string UnexpectedCharacter(char c) => $"Unexpected character '{c}'.";

    public static string UnknownEscape(char c) => $"Unknown escape '\\{c}' in a string; use \\\", \\', \\\\, \\n or \\t.";

    public const string UnterminatedString = "String literal is not closed.";

    public static string ExpressionTooLong(int length, int max) => Inv($"Expression is {length} characters long; the limit is {max}.");

    public const string EmptyExpression = "Expression is empty.";

    public static string ExpressionTooDeep(int max) => Inv($"Expression nests deeper than {max} levels.");

    public const string ChainedComparison = "Comparisons cannot be chained; combine them with AND.";

    public static string NumberLiteralTooLarge(string text) => $"Number {text} is too large.";

    public static string UnexpectedEnd(string expected) => $"Expression ends too early: expected {expected}.";

    public static string UnexpectedToken(string token, string expected) => $"Unexpected '{token}': expected {expected}.";

    // Expression types and names
    public const string LambdaOutsideCall = "A lambda (x => …) can only be the argument of a list method: Any, All, Count, Where, Select, Sum, Min, Max, Average, First or FirstOrDefault.";

    public static string LambdaParameterShadows(string name) => $"Lambda parameter '{name}' hides another name; choose a different one.";

    public static string RootNotAvailableHere(string name) => $"'{name}' is not available here (table inputs cannot use band, targetBand or tables; only table inputs can use position).";

    public static string UnknownName(string name, string? suggestion) => $"Unknown name '{name}'.{Hint(suggestion)}";

    public static string UnknownTable(string name, string? suggestion) => $"Unknown table '{name}'.{Hint(suggestion)}";

    public static string UnknownMember(string type, string name, string? suggestion) => $"'{type}' has no member '{name}'.{Hint(suggestion)}";

    public static string NoMembers(string type, string name) => $"A {type} has no members; cannot read '{name}'.";

    public static string UnknownTableOutput(string table, string name, string? suggestion) => $"Table '{table}' has no output '{name}'.{Hint(suggestion)}";

    public static string TypeMismatch(string what, string expected, string actual) => $"{Capitalize(what)} must be {expected}, but is {actual}.";

    public static string CannotCompare(string left, string right) => $"Cannot compare {left} with {right} for equality.";

    public static string CannotOrder(string type) => $"Cannot order values of type {type}; <, <=, > and >= need numbers or money.";

    public static string OperandTypes(string op, string left, string right) => $"Operator '{op}' cannot combine {left} and {right}.";

    public static string MoneyOperands(string op, string left, string right) => $"Operator '{op}' cannot combine {left} and {right}: money adds to money, and scales by a number.";

    public static string BranchTypes(string whenTrue, string whenFalse) => $"Both branches of '?:' must have one type, not {whenTrue} and {whenFalse}.";

    public const string EmptyListLiteral = "An empty list [] has no element type.";

    public static string ListItemType(string expected, string actual) => $"List items must all be {expected}, but one is {actual}.";

    public const string TableNotAValue = "A table is not a value: follow it with an output name or '.matched'.";

    public static string RoundingDecimals(long decimals) => Inv($"Cannot round to {decimals} decimals; use 0 to 28.");

    public static string UnknownFunction(string name, string? suggestion) => $"Unknown function '{name}'.{Hint(suggestion)}";

    public static string ArgumentCount(string name, string expected, int actual) => Inv($"'{name}' takes {expected} argument(s), not {actual}.");

    public static string MinMaxArguments(string name) => $"'{name}' takes integers, numbers, or money of one currency.";

    public static string StepNotPositive(decimal step) => Inv($"The rounding step must be positive, not {step}.");

    public static string StepFinerThanCurrency(decimal step, string currency, int minorUnits) =>
        Inv($"The rounding step {step} is finer than {currency} allows ({minorUnits} decimals): amounts of {currency} are paid in multiples of {(minorUnits == 0 ? "1" : "0." + new string('0', minorUnits - 1) + "1")}.");

    public const string PercentChangeFromZero = "percentChange from zero is undefined.";

    public static string MathDomain(string function, decimal value, string expected) => Inv($"'{function}' of {value}: it needs {expected}.");

    public static string MathOverflow(string function) => $"'{function}' result is too large for a decimal.";

    public const string DivisionByZeroLiteral = "Division by zero: the divisor is the literal 0.";

    public static string OutputWithoutValue(string name) => $"Output '{name}' has no value (it failed), so outputs using it cannot be computed.";

    public static string StepFinerThanInteger(decimal step) => Inv($"The rounding step {step} is not whole, but the output is an integer.");

    public static string CellNotAValue(string name) => $"'{name}' is not one value in this source row (a '-', a list or a range): a derivation can read only input cells that name one value.";

    public const string DerivationRootNotAvailable = "A derived table's expressions read only its sources (the names under forEach) and the columns computed before.";

    public static string FunctionNotInDerivation(string name) => $"'{name}' reads an employee, which a derived table (computed once at load) does not have.";

    public static string DerivationFailed(string column, string origin, string reason) => $"Deriving '{column}' for {origin}: {reason}";

    public static string DerivedNegative(string column, string value, string origin) => $"Derived '{column}' is negative ({value}) for {origin}.";

    public static string DerivedTooPrecise(string column, decimal amount, string currency, int minorUnits, string origin) =>
        Inv($"Derived '{column}' is {amount:G29} {currency} for {origin}, finer than {currency} allows ({minorUnits} decimals): declare a round.");

    public static string DerivedNotInteger(string column, decimal value, string origin) => Inv($"Derived '{column}' is {value} for {origin}, but the column is an integer: declare a round.");

    public static string DerivationTooLarge(long rows, int max) => Inv($"The derivation would produce {rows} rows; a table holds at most {max}.");

    public static string DerivedColumnsMissing(string what, string names) => $"The derivation does not say how to compute {what}: {names}.";

    public static string DerivedColumnUnknown(string what, string name, string? suggestion) => $"The table has no {what} '{name}' to derive.{Hint(suggestion)}";

    public static string CurrencyColumnFirst(string column, string currencyColumn) => $"'{column}' takes its currency from '{currencyColumn}': derive '{currencyColumn}' before it.";

    public static string DerivedInputCell(string text, string error) => $"'{text}' is neither a source input (alias.input) nor a cell: {error}";

    public static string DerivationCycle(string tables) => $"Derived tables derive from each other in a cycle: {tables}.";

    public static string DerivationNeedsRows(string table) => $"Table '{table}' has both rows and a derive section; give one.";

    public static string DerivedCapNote(string column, string kind, string bound, string before) => $"{column} {(kind == "cap" ? "capped" : "floored")} at {bound}; was {before}";

    public static string ShareOutOfRange(decimal share) => Inv($"transferableShare must be above 0 and at most 1 (a share of the target's core skills), not {share}.");

    public static string ReadyShareOutOfRange(decimal share) => Inv($"readyShare must be above 0 and at most 1 (the share of the target's core skills held for a move to be open), not {share}.");

    public static string PathToItself(string role) => $"The career path from '{role}' leads to '{role}' itself.";

    public static string PathCycle(string roles) => $"Named career paths lead back to where they start: {roles}.";

    public static string UnknownStepKind(string kind, string kinds) => $"Unknown learning step kind '{kind}'; use one of: {kinds}.";

    public static string EffortOutOfRange(decimal effort, decimal max) => Inv($"effortHours must be above 0 and at most {max}, not {effort}.");

    public static string DepthOutOfRange(int depth, int max) => Inv($"depth must be 1 to {max} (the rules' maxDepth), not {depth}.");

    public static string NoRoleForEmployee(string family, string track, int level, string focus) =>
        Inv($"No role is defined at {family} / {track} level {level}{(focus.Length > 0 ? " (" + focus + ")" : "")}: mobility starts from the employee's role.");

    public static string NoLearningPathway(string skill, IReadOnlyList<string> roles) =>
        Inv($"Skill '{skill}' is a core skill of {roles.Count} role(s) ({string.Join(", ", roles.Take(3))}{(roles.Count > 3 ? ", …" : "")}) but has no learning step: a gap in it would come without next steps.");

    public static string TooSoonToMove(int months, int minimum) => Inv($"{months} months in level; moves open after {minimum}.");

    public static string TrainingRequired(string title, string id, decimal effort) => Inv($"Requires '{title}' ({id}, about {effort} h), not yet completed.");

    public static string UnknownRole(string id, string? suggestion) => $"Unknown role '{id}'.{Hint(suggestion)}";

    public static string RoundingMode(string modes) => $"The rounding mode must be a literal string, one of: {modes}.";

    public static string UnknownSkill(string id, string? suggestion) => $"Unknown skill '{id}': it is not in the skills catalog.{Hint(suggestion)}";

    public static string ProficiencyOutOfScale(long level, int min, int max) => Inv($"Proficiency {level} is outside the scale {min}..{max}.");

    public static string NoMethods(string type, string name) => $"A {type} has no method '{name}'.";

    public static string UnknownMethod(string type, string name, string? suggestion) => $"A {type} has no method '{name}'.{Hint(suggestion)}";

    public static string LambdaExpected(string name) => $"'{name}' takes one condition written as a lambda, e.g. s => s.proficiency >= 3.";

    public const string UnclosedPlaceholder = "A '$(' placeholder in the message is not closed with ')'.";

    // Decision tables
    public static string CellNotNumber(string text) => $"'{text}' is not a number.";

    public static string CellNotBoolean(string text) => $"'{text}' is not true or false.";

    public static string CellBadString(string text) => $"'{text}' is not a valid text value.";

    public static string CellBadInterval(string cell) => $"'{cell}' is not a valid interval; write e.g. [1..4] or (0..10].";

    public static string CellEmptyInterval(string cell) => $"Interval '{cell}' is empty: its low end is above its high end.";

    public static string UniqueViolated(string table, int line1, int line2) => Inv($"Table '{table}' has hit policy UNIQUE, but rows at lines {line1} and {line2} both match.");

    // Approvals
    public static string NoApprovers(string path) => $"No approvers are declared: create {path} naming who may approve releases, their council roles and the approvals each release needs (see docs/governance.md).";

    public static string TooFewApproversInRole(string role, int count) => Inv($"{count} approval(s) in role '{role}' are required, but fewer people hold that role.");

    public static string NotAnApprover(string person, IEnumerable<string> approvers) => $"'{person}' is not a declared approver; those who may approve are: {string.Join(", ", approvers)}.";

    public static string NotInRole(string person, string role, IEnumerable<string> roles) => $"{person} does not hold the role '{role}'; their roles are: {string.Join(", ", roles)}.";

    public static string Retroactive(string id, string effective, string today) =>
        $"Release '{id}' takes effect on {effective}, which has passed (today is {today}): approving it is retroactive — decisions already made since {effective} were made under an earlier release and will differ on replay against the new one. Approve with --retroactive if that is intended.";

    public static string ShadowedRow(string table, int line) => Inv($"This row of table '{table}' can never match: the row at line {line} comes first and matches every input this one would (hit policy FIRST), so its values never apply. Delete it, or move it above line {line} if it is the more specific one.");

    public static string RoleWithoutBand(string role, string track, int level, string focus, string region) =>
        Inv($"Role '{role}' ({track} level {level}{(focus.Length > 0 ? ", focus " + focus : "")}) finds no pay band in region '{region}': nobody in this role there could be placed. Add a band row for it.");

    public const string BandRowNotAnExpectation = "'bandRow' is not an expectation: row numbers change whenever a row is added above. Name the band by its amounts (min, mid, max) and currency; the row stays in the output for debugging.";

    public static string UniqueOverlap(string table, int otherLine) => Inv($"Table '{table}' has hit policy UNIQUE, but this row overlaps the row at line {otherLine}.");

    public static string RowWidth(int expected, int actual) => Inv($"Row has {actual} cells; the table has {expected} columns (inputs, then outputs).");

    public static string BadCell(string column, string detail) => $"Cell of column '{column}': {detail}";

    public static string UnknownOutputType(string type, string types) => $"Unknown output type '{type}'; use one of: {types}.";

    public static string UnknownHitPolicy(string policy) => $"Unknown hit policy '{policy}'; use FIRST, UNIQUE or COLLECT.";

    public static string InputKind(string column, string type) => $"Input '{column}' is {type}; table inputs must be a string, a number or a bool.";

    public static string TableTooLarge(int rows, int max) => Inv($"Table has {rows} rows; the limit is {max}.");

    public static string MoneyCurrencySource(string column) => $"Money output '{column}' needs a 'currency' (an ISO code) or a 'currencyFrom' naming a string output column.";

    public static string PrecisionTooFine(string column, decimal amount, string currency, int minorUnits) => Inv($"'{column}' amount {amount} has more decimals than {currency} allows ({minorUnits}).");

    public static string NegativeAmount(string column, decimal amount) => Inv($"'{column}' amount {amount} is negative.");

    // Release consistency
    public static string DuplicateId(string kind, string id) => $"Duplicate {kind} id '{id}'.";

    public static string UnknownReference(string kind, string id, string? suggestion) => $"Unknown {kind} '{id}'.{Hint(suggestion)}";

    public static string BandOrder(decimal min, decimal mid, decimal max) => Inv($"Band must satisfy min <= mid <= max, but has min {min}, mid {mid}, max {max}.");

    public static string BandCurrency(string band, string region, string regionCurrency) => $"Band currency {band} does not match region '{region}', which pays in {regionCurrency}.";

    public static string BandTableOutputs(string table, string missing) => $"Band table '{table}' must have outputs min and max (money), and may have mid and reference (money), bonusTargetPct (number) and equity (bool); {missing}.";

    public static string BandRangeOrder(decimal min, decimal max) => Inv($"Band must satisfy min <= max, but has min {min}, max {max}.");

    public static string BandPointOutside(string point, decimal value, decimal min, decimal max) => Inv($"Band {point} {value} is outside the band's range {min}-{max}.");

    public static string BandHasNo(string output, string table) => $"The band table '{table}' declares no '{output}' output, so no rule can read band.{output}; add the output to the table, or leave it out of the rule.";

    public static string MissingFile(string file) => $"The release has no '{file}'.";

    public static string UnexpectedFile(string file) => $"'{file}' is not part of the release layout (release.json, framework.json, skills.json, roles.json, tables/*.json, workflows/*.json, tests/*.json).";

    public static string LevelNotInTrack(int level, string track, IReadOnlyList<int> levels) =>
        Inv($"Level {level} does not exist on track '{track}'; its levels are {Levels(levels)}.");

    // "1–8" for consecutive levels, else "1, 2, 4".
    private static string Levels(IReadOnlyList<int> levels)
    {
        var sorted = levels.Order().ToArray();
        bool consecutive = sorted.Length > 2 && sorted[^1] - sorted[0] == sorted.Length - 1;
        return consecutive ? Inv($"{sorted[0]}–{sorted[^1]}") : string.Join(", ", sorted.Select(l => l.ToString(CultureInfo.InvariantCulture)));
    }

    public static string FocusNotAtLevel(string focus, string family, int level) => Inv($"Focus area '{focus}' is not defined for {family} level {level}.");

    public static string ScaleOrder(int min, int max) => Inv($"Proficiency scale min {min} must be below max {max}.");

    public static string LabelCount(int expected, int actual) => Inv($"The scale needs {expected} labels, one per step, not {actual}.");

    public static string RoundingName(string name, string names) => $"Unknown rounding '{name}'; use one of: {names}.";

    public static string BadDate(string name, string text) => $"'{name}' value '{text}' is not a date in the form YYYY-MM-DD.";

    public static string UnknownOperator(string op) => $"Unknown Operator '{op}'; use And, AndAlso, Or or OrElse.";

    public static string OperatorWithoutRules => "A rule with an Operator needs nested Rules.";

    public static string RuleNeedsExpression => "A rule needs an Expression, or an Operator with nested Rules.";

    public static string UnknownRuleExpressionType(string type) => $"RuleExpressionType '{type}' is not supported; only LambdaExpression is.";

    public static string WorkflowNotFound(string name, string? suggestion) => $"No workflow named '{name}'.{Hint(suggestion)}";

    public static string NoReleases(string path) => $"No release found under '{path}': expected a release folder (with release.json) or a rules folder with releases/<id>/.";

    public const string NoLoadableRelease = "No release loaded without errors; run 'comp rules validate' to see why.";

    public static string BeforeFirstRelease(string asOf, string first, string effective) => $"No approved release is in effect on {asOf}: the first, '{first}', takes effect on {effective}.";

    public static string NoApprovedRelease(string asOf) => $"No approved release is in effect on {asOf}: no release has been approved; run 'comp rules approve'.";

    public static string OnlyDraftCovers(string asOf, string draft, string effective, int approvals, int required) =>
        Inv($"No approved release is in effect on {asOf}: only '{draft}' (a draft, {approvals} of {required} approval(s)) would take effect on {effective}; drafts never serve decisions — approve it, or evaluate it explicitly with --release {draft} for a preview.");

    public static string BadStatus(string status) => $"'status' must be \"draft\" or \"approved\", not '{status}'.";

    public static string BadTimestamp(string name, string text) => $"'{name}' value '{text}' is not a UTC timestamp in the form YYYY-MM-DDThh:mm:ssZ.";

    public static string BadContentHash(string text) => $"'{text}' is not a content hash ('sha256:' followed by 64 hex digits).";

    public static string ApprovedTwice(string by) => $"'{by}' approved the same content twice; one person's approval counts once.";

    public const string DraftWithApprovedHash = "A draft has no approved content hash: it is recorded by 'comp rules approve' when the last required approval is given.";

    public static string ApprovedWithoutHash(string id) => $"Release '{id}' is marked approved but records no 'approvedContentHash'; approve it with 'comp rules approve' rather than by editing release.json.";

    public static string EditedAfterApproval(string id, string recorded, string actual) =>
        $"Release '{id}' was edited after it was approved: approved content {recorded}, current content {actual}. An approved release is immutable; copy it into a new draft ('comp rules draft') to change it.";

    public static string TooFewApprovals(string id, int given, int required) => Inv($"Release '{id}' is marked approved with {given} of its {required} required approval(s) of this content.");

    public static string LintLevel(string name, string value) => $"'{name}' must be \"error\", \"warning\" or \"off\", not '{value}'.";

    public static string MidNotRising(string position, string lower, decimal mid, decimal lowerMid, string currency) =>
        Inv($"The mid of {position} ({mid} {currency}) does not rise above {lower} ({lowerMid} {currency}): mids must rise with level.");

    public static string BandGap(string position, string lower, decimal min, decimal lowerMax, string currency) =>
        Inv($"Gap between bands: {position} starts at {min} {currency}, above the top of {lower} ({lowerMax} {currency}).");

    public static string BandOverlap(string position, string lower, decimal percent, int max) =>
        Inv($"{position} overlaps {percent:0.0}% of the range of {lower}; governance allows {max}%.");

    public static string AlignedBandsDiffer(string position, string aligned, int row, int alignedRow) =>
        Inv($"{position} is paid on band row {row} but its aligned level {aligned} on row {alignedRow}; declare the difference in governance.alignedBandExceptions or align them.");

    public static string UnreachableLevel(string track, int level) =>
        Inv($"No role is defined at {track} level {level} in any family: no level-up rule can make anyone eligible for it.");

    public static string FocusBandsDiffer(string focus, string family, int level, string region, int row, int generalRow) =>
        Inv($"Focus area '{focus}' of {family} level {level} is paid on band row {row} in {region}, the level's general role on row {generalRow}; focus areas share their level's band.");

    public static string AmbiguousEffectiveDate(string first, string second, string effective) =>
        $"Releases '{first}' and '{second}' are both approved to take effect on {effective}: which one serves is ambiguous, so neither does. Give one a different effectiveFrom.";

    // Evaluation
    public static string NoRoleAt(string family, string track, long level, string focus) =>
        Inv($"No role is defined for {family} / {track} / level {level}{(focus.Length > 0 ? " / " + focus : "")}.");

    public static string NoBand(string track, long level, string region) => Inv($"No pay band matches track '{track}', level {level}, region '{region}'.");

    public static string NoTableRow(string table) => $"No row of table '{table}' matches, and the rule reads one of its outputs (check '.matched' first).";

    public static string NoNextLevel(string track, int level) => Inv($"Level {level} is the top of track '{track}': there is no next level.");

    public static string SalaryCurrency(string given, string band) => $"Salary is in {given}, but the band pays in {band}.";

    public static string SkillGap(string skill, int required, int held) => Inv($"needs '{skill}' at proficiency {required}, has {held}");

    // Employee input
    public static string FieldRequired(string field) => $"'{field}' is required.";

    public static string FieldType(string field, string expected) => $"'{field}' must be {expected}.";

    public static string FieldUnknown(string field) => $"Unknown field '{field}'.";

    public static string FieldRange(string field, string range) => $"'{field}' must be {range}.";

    public static string UnknownValue(string field, string value, string? suggestion) => $"Unknown {field} '{value}'.{Hint(suggestion)}";

    /// <summary>An unknown value of a small set, with every value there is: "Unknown region 'gb'. Did you mean 'uk'? Known: us, uk, de, sg, in."</summary>
    public static string UnknownValue(string field, string value, string? suggestion, IReadOnlyCollection<string> known) =>
        UnknownValue(field, value, suggestion) + (known.Count is > 0 and <= 12 ? $" Known: {string.Join(", ", known)}." : "");

    public static string NoLevelUpWorkflow(string release) => $"Release '{release}' defines no level-up workflow (framework.json eligibility.levelUpWorkflow), so it cannot judge eligibility.";

    // Dynamic LINQ constructs
    public static string LambdasTooDeep(int max) => Inv($"Lambdas nest at most {max} deep: each loops over a list, and deeper nesting multiplies the work past what one rule may take.");

    public static string NotIndexable(string type) => $"A {type} has no elements to index; only a list can be indexed, as list[0].";

    public static string IndexOutside(long index, int count) => Inv($"Index {index} is outside the list of {count} item(s).");

    public static string NoElement(string method) => $"{method} found no element: the list is empty (or nothing matched).";

    public static string NoDefaultFor(string method, string type) => $"{method} has no default for a {type}; use First (an error when nothing matches) or Any.";

    public static string NotNumericList(string method, string type) => $"{method} needs whole numbers or numbers, not {type}; give a selector, as {method}(s => s.proficiency).";

    public static string UnsupportedAction(string name) => $"Action '{name}' is not supported; OutputExpression is (a value computed when the rule is met or unmet). EvaluateRule (chaining workflows) is not.";

    // Named workflows
    public static string InputAssignment(string text) => $"'{text}' is not an input assignment; write name=value.";

    public static string WorkflowTakesNoInputs(string workflow) => $"Workflow '{workflow}' declares no inputs.";

    public const string EmployeeOrParameters = "A case gives either an employee or a RulesEngine workflow's parameters, not both.";

    public const string WorkflowCaseShape = "A workflow case names the workflow (\"workflow\": \"merit\") and what it expects (\"expect\": {\"workflow\": {...}}): give both.";

    public static string InputNotRead(string name) => $"Input '{name}' is declared but no rule, parameter or output of the workflow reads it: callers would pass a value that changes nothing.";

    public static string InputsOfAnotherWorkflow(string workflow) => $"The inputs given were read for another workflow, not '{workflow}'.";

    public static string UnknownWorkflow(string name, string? suggestion, IReadOnlyCollection<string> known) =>
        known.Count == 0 ? $"Unknown workflow '{name}': this release has no workflows." : UnknownValue("workflow", name, suggestion, known);

    public static string WorkflowNotAllowed(string workflow, IEnumerable<string> roles) => $"Workflow '{workflow}' may be evaluated by the roles {string.Join(", ", roles)} only.";

    // Constants
    public static string ConstantCurrency(string name) => $"Constant '{name}' is money: give its currency (\"currency\": \"USD\").";

    public static string CurrencyOnlyForMoney(string name) => $"Constant '{name}' is not money, so it takes no currency.";

    public static string ConstantDatesOrder(string name, DateOnly from, DateOnly previous) => Inv($"Constant '{name}': the value from {from:yyyy-MM-dd} must come after the one from {previous:yyyy-MM-dd}; list values oldest first, each date once.");

    public static string BadConstantValue(string name, string problem) => $"A value of constant '{name}' is not valid: {problem}";

    public static string ConstantWithoutValue(string name, DateOnly date) => Inv($"Constant '{name}' has no value on {date:yyyy-MM-dd}; its first value is from a later date.");

    public static string ConstantNotInEffect(string name, DateOnly effective, DateOnly first) => Inv($"Constant '{name}' has no value on the release's effective date {effective:yyyy-MM-dd} (its first value is from {first:yyyy-MM-dd}); give it a value from {effective:yyyy-MM-dd} or earlier.");

    public static string ConstantChangesInDerivation(string name, DateOnly changes) => Inv($"Constant '{name}' changes on {changes:yyyy-MM-dd}; a derived table is computed once, at load, so it may use only a constant with one value. Use it in a workflow output instead, or give it one value in this release.");

    public static string ConstantNotRead(string name) => $"Constant '{name}' is declared but no rule, table or output reads it.";

    public static string TooManyConstants(int max) => Inv($"A release declares at most {max} constants.");

    // Declared attributes
    public static string AttributeShadowsBuiltIn(string name) => $"Attribute '{name}' has the name of a built-in employee field; choose another name.";

    public static string UnknownAttributeType(string type, string types) => $"Unknown attribute type '{type}'; use one of: {types}.";

    public static string UnknownDataClass(string value) => $"Unknown data class '{value}'; use ordinary, personal or protected.";

    public static string AttributeRange(decimal min, decimal max) => Inv($"min {min} is above max {max}.");

    public static string RequiredWithDefault(string name) => $"Attribute '{name}' is required and has a default; a default is for optional attributes.";

    public static string BadAttributeDefault(string name, string problem) => $"The default of '{name}' is not valid: {problem}";

    public static string TooManyAttributes(int max) => Inv($"A release declares at most {max} attributes.");

    public static string AttributeOutOfRange(string name, decimal value, decimal? min, decimal? max) =>
        Inv($"'{name}' is {value}; it must be {(min is not null && max is not null ? $"between {min} and {max}" : min is not null ? $"at least {min}" : $"at most {max}")}.");

    public static string AttributeNotAllowed(string name, string value, IEnumerable<string> values) => $"'{name}' is '{value}'; it must be one of: {string.Join(", ", values)}.";

    public static string ProtectedAttribute(string name) => $"'{name}' is a protected attribute: it may be carried and recorded for reports, but no rule may read it.";

    public static string OptionalAttributeRead(string name) => $"'{name}' is optional and has no default, so some employees have no value for it: give it a default or make it required before a rule reads it.";

    // Rule folders
    public static string LinkLeavesRules(string what) => $"This {what} leads outside the rules folder (or to nothing); the loader reads only files inside the rules folder.";

    public static string FolderUnreadable(string reason) => $"The release folder could not be read ({reason}); check that it exists and the service may read it.";

    public static string RuleFileTooLarge(long bytes, long max) => Inv($"The file is {bytes:N0} bytes; a rule file may have at most {max:N0}.");

    public static string ReleaseTooLarge(long max) => Inv($"The release's files add up to more than {max:N0} bytes, the most one release may hold.");

    public static string TooManyRuleFiles(int max) => Inv($"A release may hold at most {max:N0} files; this one has more.");

    public static string RuleFoldersTooDeep(int max) => Inv($"Folders nest deeper than {max} levels in this release.");

    public static string IdentifierBlank(string field) => $"'{field}' must not be empty or only spaces.";

    public static string IdentifierTooLong(string field, int length, int max) => Inv($"'{field}' is {length} characters long; identifiers have at most {max}.");

    public static string IdentifierControl(string field, int codePoint, int position) => Inv($"'{field}' holds the control character U+{codePoint:X4} at position {position}; identifiers are printable text.");

    public static string IdentifierSpaces(string field) => $"'{field}' must not begin or end with spaces.";

    public static string InvalidUnicode(string field) => $"'{field}' is not valid Unicode text (it holds an unpaired surrogate such as \\ud800).";

    public static string ReplacementCharacter(string field, int position) => Inv($"'{field}' holds U+FFFD at position {position}, what is left of bytes that were not UTF-8; save the file as UTF-8.");

    public static string InvalidUtf8(long position) => Inv($"The text is not valid UTF-8 (at byte {position}); send UTF-8.");

    public static string TooManyItems(string field, int count, int max) => Inv($"'{field}' has {count} items; at most {max} are accepted.");

    public static string FieldRepeated(string field) => $"'{field}' is given more than once; give each field once.";

    public static string AmountTooPrecise(string field, decimal amount, string currency, int minorUnits) =>
        Inv($"'{field}' {amount} is finer than {currency} can pay: it has {minorUnits} decimal place(s) at most.");

    public static string RecordTooLarge(int length, int max) => Inv($"The employee record is {length} characters once written down; the audit log holds at most {max} per decision.");

    /// <summary>"118,000" where a number belongs: say how to write it.</summary>
    public static string ThousandsSeparator(string field, string text) =>
        $"'{field}' must be a number: write {text.Replace(",", "", StringComparison.Ordinal)}, not {text} (no thousands separators, and no quotes).";

    /// <summary>Whether text reads as a number written with comma thousands separators ("68,000", "1,250,000.50").</summary>
    public static bool HasThousandsSeparators(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text.Trim(), @"^-?\d{1,3}(,\d{3})+(\.\d+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    public static string AbsurdSalary(decimal amount) => Inv($"'baseSalary' {amount} is not plausible: it must be more than 0 and at most 1,000,000,000.");

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // RulesEngine workflows (RuleParameters)
    public static string ParameterName(string name) => $"'{name}' cannot name a parameter or field: use letters, digits and '_', starting with a letter (at most 64).";

    public static string ParameterNotObject(string name) => $"RuleParameter '{name}' must be an object (\"type\": \"object\" with \"properties\"), as RulesEngine inputs are.";

    public static string ParameterTooDeep(string path, int max) => Inv($"'{path}' nests objects deeper than {max} levels.");

    public static string AdditionalProperties(string path) => $"'{path}': additionalProperties may only be false — every field a rule reads must be declared.";

    public static string RequiredNotDeclared(string path, string name) => $"'{path}' lists '{name}' as required but declares no such property.";

    public static string NotWithRuleParameters(string property) => property == "Inputs"
        ? "A workflow with RuleParameters takes its inputs from them: declare each as a RuleParameter instead of 'Inputs'."
        : "'Outputs' need the typed compiler and the employee; a workflow with RuleParameters returns its rules' action outputs instead.";

    public static string RefusedOnRulesEngine(string where, string reason) => $"In {where}: {reason}. RulesEngine workflows may name their parameters and declared fields, their GlobalParams and LocalParams, lambda parameters, string and LINQ methods, Math and Utils.CheckContains (docs/rulesengine.md).";

    public static string NotARulesEngineWorkflow(string detail) => $"RulesEngine cannot read this workflow: {detail}";

    public const string AdditionalInputsRefused = "EvaluateRule 'additionalInputs' are expressions RulesEngine parses only when the action runs, so they cannot be checked at load; pass the values through the workflow's parameters instead.";

    public static string RulesEngineRefused(string workflow, string detail) => $"RulesEngine refuses workflow '{workflow}': {detail}";

    public static string RulesEngineCompile(string workflow, string rule, string detail) => $"Workflow '{workflow}', rule '{rule}' does not compile on RulesEngine 6.0.1: {detail}";

    public static string InjectionCycle(IReadOnlyList<string> path) => $"WorkflowsToInject goes round in a circle: {string.Join(" → ", path)}.";

    public static string InjectedRuleClash(string rule, string injected, string workflow) => $"Rule '{rule}' injected from workflow '{injected}' has the name of a rule already in '{workflow}'; RulesEngine needs rule names unique within a workflow.";

    public static string ParametersMissing(IEnumerable<string> names) => $"This workflow takes its own inputs: give 'parameters' as an object with {string.Join(", ", names.Select(n => "'" + n + "'"))}.";

    public static string WorkflowTakesEmployee(string workflow) => $"Workflow '{workflow}' is evaluated for an employee and its declared inputs, not for RuleParameters.";

    public static string LevelUpOnRulesEngine(string workflow) => $"The level-up workflow '{workflow}' must read the employee; a workflow with RuleParameters cannot decide eligibility.";

    public static string ParameterOutOfRange(double value, double? minimum, double? maximum) =>
        Inv($"{value} is out of range; it must be {(minimum is { } low && maximum is { } high ? $"between {low} and {high}" : minimum is { } least ? $"at least {least}" : $"at most {maximum}")}.");

    public static string ParameterFieldType(string field, string type) =>
        $"Field '{field}' is declared as {type}; a RuleParameter field may be integer, number, string, boolean or list of strings (RulesEngine has no money or date type: send a number, or a string YYYY-MM-DD).";

    public const string SchemaOrFields = "Declare a RuleParameter either by a JSON Schema (\"Schema\") or by its fields as attributes are declared (\"Fields\"), not both.";

    public static string MissingParameter(string name) => $"'{name}' is required: the workflow declares it as a RuleParameter.";

    public static string RequiredField(string name) => $"'{name}' is required by the parameter's schema.";

    public static string TooManyValues(int max) => Inv($"The parameters hold more than {max:N0} values; that is the most one evaluation takes.");

    public static string TextTooLong(int length, int max) => Inv($"The text is {length:N0} characters long; the schema allows at most {max:N0}.");

    public static string TooManyItems(int count, int max) => Inv($"The list has {count:N0} items; the schema allows at most {max:N0}.");
}
