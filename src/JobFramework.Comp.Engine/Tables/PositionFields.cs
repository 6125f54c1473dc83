namespace JobFramework.Comp.Tables;

/// <summary>A part of a <see cref="Evaluation.Position"/> that a table input reads as it is.</summary>
internal enum PositionField
{
    None,
    Family,
    Track,
    Level,
    Region,
    Focus,
}

/// <summary>Whose position a table input reads: the row being looked up's, the employee's own, or the target's.</summary>
internal enum PositionSource
{
    Position,
    Employee,
    Target,
}

/// <summary>A table input that is a bare read of one position field, such as <c>position.track</c> or <c>target.level</c>.</summary>
internal readonly record struct PositionRead(PositionSource Source, PositionField Field)
{
    public static readonly PositionRead None = new(PositionSource.Position, PositionField.None);

    public bool IsField => Field != PositionField.None;

    /// <summary>
    /// Recognises inputs that read a position field directly — nearly every band table's, and most lookup
    /// tables' — so lookups can read the field instead of calling the compiled input expression.
    /// </summary>
    public static PositionRead Of(string expression)
    {
        string text = expression.Trim();
        int dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || text.IndexOf('.', dot + 1) >= 0)
        {
            return None;
        }

        PositionSource? source = text[..dot].ToUpperInvariant() switch
        {
            "POSITION" => PositionSource.Position,
            "EMPLOYEE" => PositionSource.Employee,
            "TARGET" => PositionSource.Target,
            _ => null,
        };
        var field = text[(dot + 1)..].ToUpperInvariant() switch
        {
            "FAMILY" => PositionField.Family,
            "TRACK" => PositionField.Track,
            "LEVEL" => PositionField.Level,
            "REGION" => PositionField.Region,
            "FOCUS" => PositionField.Focus,
            _ => PositionField.None,
        };
        return source is null || field == PositionField.None ? None : new PositionRead(source.Value, field);
    }

    /// <summary>The text field this input reads.</summary>
    public string Text(Evaluation.EvaluationScope scope, Evaluation.Position position)
    {
        var from = Source switch
        {
            PositionSource.Position => position,
            PositionSource.Target => scope.Target,
            _ => scope.Current,
        };
        return Field switch
        {
            PositionField.Track => from.Track,
            PositionField.Region => from.Region,
            PositionField.Family => from.Family,
            _ => from.Focus,
        };
    }

    /// <summary>The level this input reads.</summary>
    public long Level(Evaluation.EvaluationScope scope, Evaluation.Position position) => Source switch
    {
        PositionSource.Position => position.Level,
        PositionSource.Target => scope.Target.Level,
        _ => scope.Current.Level,
    };
}
