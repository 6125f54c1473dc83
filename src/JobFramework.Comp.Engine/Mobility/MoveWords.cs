namespace JobFramework.Comp.Mobility;

/// <summary>A move's kind and pay effect in the words people read, the same in the CLI and on the pages.</summary>
public static class MoveWords
{
    public static string Kind(MoveKind kind) => kind switch
    {
        MoveKind.Vertical => "level up",
        MoveKind.TrackSwitch => "track switch",
        _ => "lateral",
    };

    public static string Pay(PayImpact? pay)
    {
        if (pay is null)
        {
            return "no band at the target in this region";
        }

        var band = pay.InTargetBand.Band;
        string range = $"target band {band.Min.ToDisplayString()} – {band.Max.ToDisplayString()}";
        return pay.Effect switch
        {
            PayEffect.RaiseToMinimum => $"raised to the band minimum {pay.Proposed.ToDisplayString()} (+{pay.Change.ToDisplayString()}); {range}",
            PayEffect.Protected => $"{pay.Current.ToDisplayString()} kept (pay protected): {pay.AboveMaximum.ToDisplayString()} above the target maximum; {range}",
            PayEffect.Decrease => $"cut to the target maximum {pay.Proposed.ToDisplayString()} ({pay.Change.ToDisplayString()}): this path does not protect pay; {range}",
            _ => pay.InTargetBand.CompaRatio is { } compa
                ? $"{pay.Current.ToDisplayString()} unchanged, compa-ratio {compa} in the {range}"
                : $"{pay.Current.ToDisplayString()} unchanged, within the {range}",
        };
    }
}
