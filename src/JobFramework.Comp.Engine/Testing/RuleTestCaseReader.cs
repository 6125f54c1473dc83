using System.Globalization;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Json;

namespace JobFramework.Comp.Testing;

/// <summary>Reads tests/*.json: <c>{"cases": [{name, asOf, employee, target?, expect}]}</c>.</summary>
internal static class RuleTestCaseReader
{
    public static readonly string[] PlacementFields = ["currency", "min", "mid", "max", "compaRatio", "rangePenetration", "position", "amountToMinimum", "bonusTargetPct", "equity"];

    public static readonly string[] EligibilityFields = ["eligible", "targetLevel", "targetRole", "unmet", "gaps", "targetBandMid"];

    public static readonly string[] WorkflowFields = ["passed", "met", "unmet", "gaps"];

    public static readonly string[] MobilityOptionFields = ["rank", "kind", "open", "status", "band", "readiness", "gaps", "blockedBy", "trainings", "effortHours", "payEffect", "proposedSalary", "payChange", "aboveMaximum"];

    public static IEnumerable<RuleTestCase> Read(string file, ObjectReader root, DiagnosticBag diagnostics)
    {
        var cases = new List<RuleTestCase>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in root.Array("cases", true)?.Items ?? [])
        {
            var entry = ObjectReader.From(item, diagnostics, "cases item");
            if (entry is null)
            {
                continue;
            }

            int before = diagnostics.Count;
            var name = entry.Identifier("name");
            var asOf = entry.String("asOf", true);
            var parameters = entry.Object("parameters", false);
            var employee = entry.Object("employee", parameters is null);
            if (parameters is not null && employee is not null)
            {
                diagnostics.Error(Codes.UnknownProperty, Messages.EmployeeOrParameters, parameters.Span);
            }

            var target = ReadTarget(entry.Object("target", false));
            var workflowName = entry.String("workflow", false);
            var inputs = entry.Object("inputs", false);
            var expect = entry.Object("expect", true);
            var placementObject = expect?.Object("placement", false);
            if (placementObject?.Get("bandRow") is { } bandRow)
            {
                // Row numbers move whenever a row is added above: a case pinned to one breaks for no reason.
                diagnostics.Error(Codes.UnknownProperty, Messages.BandRowNotAnExpectation, bandRow.Span);
            }

            var placement = ReadExpectations(placementObject, PlacementFields);
            var eligibilityObject = expect?.Object("eligibility", false);
            var outputs = eligibilityObject?.Object("outputs", false);
            var eligibility = ReadExpectations(eligibilityObject, EligibilityFields);
            ReadOutputExpectations(outputs, eligibility, diagnostics);
            var workflowObject = expect?.Object("workflow", false);
            var workflowOutputs = workflowObject?.Object("outputs", false);
            var workflowRules = workflowObject?.Object("rules", false);
            var workflow = ReadExpectations(workflowObject, WorkflowFields);
            ReadRuleExpectations(workflowRules, workflow, diagnostics);
            ReadOutputExpectations(workflowOutputs, workflow, diagnostics);

            var mobilityObject = expect?.Object("mobility", false);
            var mobility = ReadMobilityExpectations(mobilityObject, diagnostics);
            var error = expect?.Object("error", false);
            string? errorField = error?.String("field", true)?.Value;

            // A case names the workflow and what it expects of it: a result, or an error it must be refused with.
            if (workflowObject is not null ? workflowName is null : workflowName is not null && error is null)
            {
                diagnostics.Error(Codes.MissingProperty, Messages.WorkflowCaseShape, (workflowName?.Span ?? workflowObject?.Span ?? entry.Span));
            }

            error?.Finish();
            expect?.Finish();
            entry.Finish();
            DateOnly date = default;
            if (asOf is not null && !DateOnly.TryParseExact(asOf.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                diagnostics.Error(Codes.WrongType, Messages.BadDate("asOf", asOf.Value), asOf.Span, asOf.RawLine);
            }

            if (name is not null && !names.Add(name.Value))
            {
                diagnostics.Error(Codes.DuplicateId, Messages.DuplicateId("test case", name.Value), name.Span, name.RawLine);
            }

            if (parameters is not null && workflowName is null)
            {
                diagnostics.Error(Codes.MissingProperty, Messages.WorkflowCaseShape, parameters.Span);
            }

            if (diagnostics.Count == before && name is not null && (employee is not null || parameters is not null))
            {
                var employeeJson = employee is null ? [] : SourceWriter.ToJson(entry.Get("employee")!);
                cases.Add(new RuleTestCase(file, item.Span, name.Value, date, employeeJson, target, placement, eligibility, errorField)
                {
                    ExpectedMobility = mobility, AsksMobility = mobilityObject is not null,
                    Workflow = workflowName?.Value, InputsJson = inputs is null ? null : SourceWriter.ToJson(entry.Get("inputs")!), ExpectedWorkflow = workflow,
                    ParametersJson = parameters is null ? null : SourceWriter.ToJson(entry.Get("parameters")!),
                });
            }
        }

        root.Finish();
        return cases;
    }

    private static EligibilityTarget? ReadTarget(ObjectReader? target)
    {
        if (target is null)
        {
            return null;
        }

        var result = new EligibilityTarget(target.Int("level", false, 0, 99), target.String("role", false)?.Value);
        target.Finish();
        return result;
    }

    /// <summary>Expected values are kept as canonical text, compared with the actual output's text.</summary>
    private static Dictionary<string, string> ReadExpectations(ObjectReader? expect, string[] fields)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (expect is null)
        {
            return result;
        }

        foreach (var field in fields)
        {
            if (expect.Get(field) is { } value)
            {
                result[field] = Canonical(value);
            }
        }

        expect.Finish();
        return result;
    }

    /// <summary>
    /// <c>"rules": {"GiveBonus20": {"outcome": "met", "message": "20", "actionOutput": "20000"}}</c>: what each rule named
    /// came to — nested rules too, by their own names.
    /// </summary>
    private static void ReadRuleExpectations(ObjectReader? rules, Dictionary<string, string> expectations, DiagnosticBag diagnostics)
    {
        foreach (var property in rules?.Properties ?? [])
        {
            rules!.Get(property.Name);
            var rule = ObjectReader.From(property.Value, diagnostics, "rules." + property.Name);
            foreach (string field in (string[])["outcome", "message", "actionOutput"])
            {
                if (rule?.Get(field) is { } value)
                {
                    expectations["rules." + property.Name + "." + field] = value is SourceNull ? "(none)" : Canonical(value);
                }
            }

            rule?.Finish();
        }
    }

    /// <summary>
    /// <c>"outputs": {"recommendedSalary": "128300.00 USD"}</c>, or with the limit that must have applied:
    /// <c>{"value": "177500.00 USD", "limit": "cap"}</c> (<c>cap</c>, <c>floor</c> or <c>none</c>).
    /// </summary>
    private static void ReadOutputExpectations(ObjectReader? outputs, Dictionary<string, string> expectations, DiagnosticBag diagnostics)
    {
        if (outputs is null)
        {
            return;
        }

        foreach (var property in outputs.Properties)
        {
            string key = "outputs." + property.Name;
            if (property.Value is SourceObject detail)
            {
                var reader = new ObjectReader(detail, diagnostics);
                if (reader.String("value", true) is { } value)
                {
                    expectations[key] = value.Value;
                }

                if (reader.String("limit", false) is { } limit)
                {
                    expectations[key + ".limit"] = limit.Value;
                }

                reader.Finish();
            }
            else
            {
                expectations[key] = Canonical(property.Value);
            }
        }
    }

    /// <summary>
    /// <c>"mobility": {"options": ["compliance-ic3", "risk-ic3"], "roles": {"risk-ic3": {"open": false, "blockedBy": [...]}}}</c>:
    /// the option ids in rank order, and fields of the options named.
    /// </summary>
    private static Dictionary<string, string> ReadMobilityExpectations(ObjectReader? mobility, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (mobility is null)
        {
            return result;
        }

        if (mobility.Get("options") is { } options)
        {
            result["options"] = Canonical(options);
        }

        foreach (var role in mobility.Object("roles", false)?.Properties ?? [])
        {
            if (ObjectReader.From(role.Value, diagnostics, "mobility role") is not { } fields)
            {
                continue;
            }

            foreach (var (field, value) in ReadExpectations(fields, MobilityOptionFields))
            {
                result[role.Name + "." + field] = value;
            }
        }

        mobility.Finish();
        return result;
    }

    internal static string Canonical(SourceValue value) => value switch
    {
        SourceString s => s.Value,
        SourceNumber n => n.TryGetDecimal(out var d) ? d.ToString("G29", CultureInfo.InvariantCulture) : n.Raw,
        SourceBoolean b => b.Value ? "true" : "false",
        SourceArray a => "[" + string.Join(", ", a.Items.Select(Canonical)) + "]",
        SourceObject o => "{" + string.Join(", ", o.Properties.Select(p => p.Name + ": " + Canonical(p.Value))) + "}",
        _ => "null",
    };
}
