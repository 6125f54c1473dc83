namespace JobFramework.Comp.Audit;

/// <summary>What kind of decision a record holds.</summary>
public enum DecisionKind
{
    Placement,
    Eligibility,
    Mobility,

    /// <summary>A named workflow of the release (merit, step increase…), its name and inputs in the record's input.</summary>
    Workflow,

    /// <summary>Pay information given to or about a worker (EU Directive 2023/970 Art. 7): who asked, about whom, and the answer as given.</summary>
    Disclosure,
}

/// <summary>The stored spelling of <see cref="DecisionKind"/>: part of every record's hash, so it never changes.</summary>
public static class DecisionKinds
{
    public static string Name(DecisionKind kind) => kind switch
    {
        DecisionKind.Placement => "placement",
        DecisionKind.Eligibility => "eligibility",
        DecisionKind.Mobility => "mobility",
        DecisionKind.Workflow => "workflow",
        DecisionKind.Disclosure => "disclosure",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? name, out DecisionKind kind)
    {
        switch (name)
        {
            case "placement": kind = DecisionKind.Placement; return true;
            case "eligibility": kind = DecisionKind.Eligibility; return true;
            case "mobility": kind = DecisionKind.Mobility; return true;
            case "workflow": kind = DecisionKind.Workflow; return true;
            case "disclosure": kind = DecisionKind.Disclosure; return true;
            default: kind = default; return false;
        }
    }
}
