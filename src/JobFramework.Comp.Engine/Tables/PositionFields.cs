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

/// <summary>
/// Recognises table inputs that are a bare <c>position.&lt;field&gt;</c> read — nearly every band table's —
/// so lookups can read the field directly instead of calling the compiled input expression.
/// </summary>
internal static class PositionFields
{
    public static PositionField Of(string expression)
    {
        string text = expression.Trim();
        const string prefix = "position.";
        if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return PositionField.None;
        }

        return text[prefix.Length..].ToUpperInvariant() switch
        {
            "FAMILY" => PositionField.Family,
            "TRACK" => PositionField.Track,
            "LEVEL" => PositionField.Level,
            "REGION" => PositionField.Region,
            "FOCUS" => PositionField.Focus,
            _ => PositionField.None,
        };
    }
}
