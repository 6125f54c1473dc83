using System.Linq.Expressions;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Expressions;

/// <summary>
/// The object types rule expressions can see, and exactly which members of each. This whitelist is the
/// language's security boundary: there is no reflection and no way to name another CLR member or type.
/// </summary>
internal static class InputModel
{
    public static readonly ObjectType Skill = new ObjectType("skill", typeof(SkillHolding))
        .AddProperty("id", ExprType.String, nameof(SkillHolding.Skill))
        .AddProperty("proficiency", ExprType.Integer, nameof(SkillHolding.Proficiency));

    public static readonly ObjectType SkillRequirement = new ObjectType("skillRequirement", typeof(SkillRequirement))
        .AddProperty("skill", ExprType.String, nameof(Framework.SkillRequirement.Skill))
        .AddProperty("proficiency", ExprType.Integer, nameof(Framework.SkillRequirement.Proficiency));

    public static readonly ObjectType Expectations = new ObjectType("expectations", typeof(ScopeExpectations))
        .AddProperty("scope", ExprType.Integer, nameof(ScopeExpectations.Scope))
        .AddProperty("teamSize", ExprType.Integer, nameof(ScopeExpectations.TeamSize))
        .AddProperty("mentorship", ExprType.Integer, nameof(ScopeExpectations.Mentorship))
        .AddProperty("thoughtLeadership", ExprType.Integer, nameof(ScopeExpectations.ThoughtLeadership));

    /// <summary>The employee, read through the scope so <c>baseSalary</c> can be the resolved money value.</summary>
    public static readonly ObjectType Employee = new ObjectType("employee", typeof(EvaluationScope))
        .Add("id", ExprType.String, s => OfEmployee(s, nameof(Evaluation.Employee.Id), ExprType.String))
        .Add("family", ExprType.String, s => OfEmployee(s, nameof(Evaluation.Employee.Family), ExprType.String))
        .Add("track", ExprType.String, s => OfEmployee(s, nameof(Evaluation.Employee.Track), ExprType.String))
        .Add("level", ExprType.Integer, s => OfEmployee(s, nameof(Evaluation.Employee.Level), ExprType.Integer))
        .Add("focus", ExprType.String, s => OfEmployee(s, nameof(Evaluation.Employee.Focus), ExprType.String))
        .Add("region", ExprType.String, s => OfEmployee(s, nameof(Evaluation.Employee.Region), ExprType.String))
        .Add("baseSalary", ExprType.Money, s => Expression.Property(s, nameof(EvaluationScope.Salary)))
        .Add("rating", ExprType.Integer, s => OfEmployee(s, nameof(Evaluation.Employee.Rating), ExprType.Integer))
        .Add("monthsInLevel", ExprType.Integer, s => OfEmployee(s, nameof(Evaluation.Employee.MonthsInLevel), ExprType.Integer))
        .Add("scope", ExprType.Integer, s => OfEmployee(s, nameof(Evaluation.Employee.Scope), ExprType.Integer))
        .Add("teamSize", ExprType.Integer, s => OfEmployee(s, nameof(Evaluation.Employee.TeamSize), ExprType.Integer))
        .Add("mentorship", ExprType.Integer, s => OfEmployee(s, nameof(Evaluation.Employee.Mentorship), ExprType.Integer))
        .Add("thoughtLeadership", ExprType.Integer, s => OfEmployee(s, nameof(Evaluation.Employee.ThoughtLeadership), ExprType.Integer))
        .Add("budget", ExprType.Number, s => OfEmployee(s, nameof(Evaluation.Employee.Budget), ExprType.Number))
        .Add("skills", new ListType(Skill), s => OfEmployee(s, nameof(Evaluation.Employee.Skills), ExprType.String))
        .Add("certifications", new ListType(ExprType.String), s => OfEmployee(s, nameof(Evaluation.Employee.Certifications), ExprType.String));

    public static readonly ObjectType Role = new ObjectType("role", typeof(Role))
        .AddProperty("id", ExprType.String, nameof(Framework.Role.Id))
        .AddProperty("title", ExprType.String, nameof(Framework.Role.Title))
        .AddProperty("family", ExprType.String, nameof(Framework.Role.Family))
        .AddProperty("track", ExprType.String, nameof(Framework.Role.Track))
        .AddProperty("level", ExprType.Integer, nameof(Framework.Role.Level))
        .AddProperty("focus", ExprType.String, nameof(Framework.Role.Focus))
        .AddProperty("coreSkills", new ListType(SkillRequirement), nameof(Framework.Role.CoreSkillArray))
        .AddProperty("optionalSkills", new ListType(SkillRequirement), nameof(Framework.Role.OptionalSkillArray))
        .AddProperty("expectations", Expectations, nameof(Framework.Role.Expectations));

    public static readonly ObjectType Band = BandFor(null, "");

    /// <summary>
    /// A band as rules see it: min, max and currency always; mid, reference, bonusTargetPct and equity when the band
    /// table declares them (<paramref name="declared"/>; null: all) — reading one it lacks is a load error naming it.
    /// </summary>
    public static ObjectType BandFor(IReadOnlySet<string>? declared, string table)
    {
        string? Refusal(string output) => declared is null || declared.Contains(output) ? null : Diagnostics.Messages.BandHasNo(output, table);
        return new ObjectType("band", typeof(PayBand))
            .AddProperty("min", ExprType.Money, nameof(PayBand.Min))
            .AddProperty("max", ExprType.Money, nameof(PayBand.Max))
            .Add("mid", ExprType.Money, band => Defined(band, nameof(PayBand.Mid)), Refusal("mid"))
            .Add("reference", ExprType.Money, band => Defined(band, nameof(PayBand.Reference)), Refusal("reference"))
            .Add("bonusTargetPct", ExprType.Number, band => Defined(band, nameof(PayBand.BonusTargetPct)), Refusal("bonusTargetPct"))
            .Add("equity", ExprType.Boolean, band => Defined(band, nameof(PayBand.Equity)), Refusal("equity"))
            .Add("currency", ExprType.String, band => Expression.Property(Expression.Property(band, nameof(PayBand.Currency)), nameof(Monetary.Currency.Code)));
    }

    // Every row of a table that declares the output has it, so the value is there whenever a rule may read it.
    private static MemberExpression Defined(Expression band, string property) => Expression.Property(Expression.Property(band, property), "Value");

    /// <summary>The position a table is looked up for: the employee's own, or the target's for target bands.</summary>
    public static readonly ObjectType Position = new ObjectType("position", typeof(Position))
        .AddProperty("family", ExprType.String, nameof(Evaluation.Position.Family))
        .AddProperty("track", ExprType.String, nameof(Evaluation.Position.Track))
        .AddProperty("level", ExprType.Integer, nameof(Evaluation.Position.Level))
        .AddProperty("focus", ExprType.String, nameof(Evaluation.Position.Focus))
        .AddProperty("region", ExprType.String, nameof(Evaluation.Position.Region))
        .AddProperty("role", ExprType.String, nameof(Evaluation.Position.RoleId));

    /// <summary>What the employee is evaluated for: the next level, or a named role.</summary>
    public static readonly ObjectType Target = new ObjectType("target", typeof(Position))
        .AddProperty("family", ExprType.String, nameof(Evaluation.Position.Family))
        .AddProperty("track", ExprType.String, nameof(Evaluation.Position.Track))
        .AddProperty("level", ExprType.Integer, nameof(Evaluation.Position.Level))
        .AddProperty("focus", ExprType.String, nameof(Evaluation.Position.Focus))
        .AddProperty("role", ExprType.String, nameof(Evaluation.Position.RoleId));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JobFrameworkModel, ObjectType> Employees = [];

    /// <summary>
    /// The employee as a release's rules see it: the built-in members plus the attributes it declares, each read
    /// from its fixed slot. A protected attribute, or an optional one without a default, is a member that refuses
    /// to be read — a load error naming it, not an unknown name.
    /// </summary>
    public static ObjectType EmployeeFor(JobFrameworkModel? framework)
    {
        if (framework is null || framework.Attributes.Count == 0)
        {
            return Employee;
        }

        return Employees.GetValue(framework, f =>
        {
            var type = Employee.Copy();
            foreach (var attribute in f.Attributes)
            {
                string? refusal = attribute.DataClass == Model.DataClass.Protected ? Diagnostics.Messages.ProtectedAttribute(attribute.Name)
                    : !attribute.Required && attribute.Default is null ? Diagnostics.Messages.OptionalAttributeRead(attribute.Name)
                    : null;
                type.Add(attribute.Name, TypeOf(attribute), scope => Read(Expression.Property(Expression.Field(scope, nameof(EvaluationScope.Employee)), nameof(Evaluation.Employee.Attributes)), scope, attribute), refusal);
            }

            return type;
        });
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JobFrameworkModel, ObjectType> ConstantSets = [];

    /// <summary>The release's constants as rules see them: <c>constants.payCap</c>, each the value in effect on the as-of date.</summary>
    public static ObjectType ConstantsFor(JobFrameworkModel? framework) =>
        framework is null ? new ObjectType("constants", typeof(EvaluationScope)) : ConstantSets.GetValue(framework, f =>
        {
            var type = new ObjectType("constants", typeof(EvaluationScope));
            foreach (var constant in f.Constants)
            {
                var exprType = TypeOf(constant.Kind);
                type.Add(constant.Name, exprType, scope =>
                {
                    var stored = Expression.Call(scope, nameof(EvaluationScope.Constant), null, Expression.Constant(constant.Slot));
                    return exprType.ClrType.IsValueType ? Expression.Unbox(stored, exprType.ClrType) : Expression.Convert(stored, exprType.ClrType);
                });
            }

            return type;
        });

    /// <summary>
    /// The constants as a derived table sees them. A derived table is computed once, at load, so it may use only a
    /// constant with a single value; one that changes during the release is a load error naming the date it changes.
    /// </summary>
    public static ObjectType ConstantsAtLoad(JobFrameworkModel? framework)
    {
        var type = new ObjectType("constants", typeof(object));
        foreach (var constant in framework?.Constants ?? [])
        {
            var exprType = TypeOf(constant.Kind);
            string? refusal = constant.Values.Count == 1 ? null : Diagnostics.Messages.ConstantChangesInDerivation(constant.Name, constant.Values[^1].From);
            type.Add(constant.Name, exprType, _ => Expression.Constant(constant.Values[0].Value, exprType.ClrType), refusal);
        }

        return type;
    }

    private static ExprType TypeOf(Model.DeclaredAttribute attribute) => TypeOf(attribute.Kind);

    private static ExprType TypeOf(Model.AttributeKind kind) => kind switch
    {
        Model.AttributeKind.Integer or Model.AttributeKind.Date => ExprType.Integer,
        Model.AttributeKind.Number => ExprType.Number,
        Model.AttributeKind.Money => ExprType.Money,
        Model.AttributeKind.String => ExprType.String,
        Model.AttributeKind.Boolean => ExprType.Boolean,
        _ => new ListType(ExprType.String),
    };

    /// <summary>
    /// A workflow's declared inputs as its rules see them: <c>input.budgetPct</c>, read from a fixed slot like an
    /// attribute. An optional input without a default refuses to be read, as an attribute does.
    /// </summary>
    public static ObjectType InputsFor(IReadOnlyList<Model.DeclaredAttribute> inputs, string name = "input")
    {
        var type = new ObjectType(name, typeof(EvaluationScope));
        foreach (var input in inputs)
        {
            string? refusal = !input.Required && input.Default is null ? Diagnostics.Messages.OptionalAttributeRead(input.Name) : null;
            type.Add(input.Name, TypeOf(input), scope => Read(Expression.Field(scope, nameof(EvaluationScope.Inputs)), scope, input), refusal);
        }

        return type;
    }

    // holder.<typed array>[kind slot] of a value set (the employee's attributes, a workflow's inputs); money takes
    // the currency of the employee's salary.
    private static Expression Read(Expression holder, Expression scope, Model.DeclaredAttribute attribute)
    {
        var slot = Expression.Constant(attribute.KindSlot);
        Expression Element(string array) => Expression.ArrayIndex(
            Expression.Field(holder, holder.Type.GetField(array, System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!), slot);
        return attribute.Kind switch
        {
            Model.AttributeKind.Integer or Model.AttributeKind.Date => Element(nameof(Model.AttributeValues.Integers)),
            Model.AttributeKind.Number => Element(nameof(Model.AttributeValues.Numbers)),
            Model.AttributeKind.Money => Expression.New(
                typeof(Monetary.Money).GetConstructor([typeof(decimal), typeof(Monetary.Currency)])!,
                Element(nameof(Model.AttributeValues.Numbers)),
                Expression.Property(Expression.Property(scope, nameof(EvaluationScope.Salary)), nameof(Monetary.Money.Currency))),
            Model.AttributeKind.String => Element(nameof(Model.AttributeValues.Texts)),
            Model.AttributeKind.Boolean => Element(nameof(Model.AttributeValues.Flags)),
            _ => Element(nameof(Model.AttributeValues.Lists)),
        };
    }

    private static Expression OfEmployee(Expression scope, string property, ExprType type)
    {
        Expression value = Expression.Property(Expression.Field(scope, nameof(EvaluationScope.Employee)), property);
        return type == ExprType.Integer ? Expression.Convert(value, typeof(long)) : value;
    }
}
