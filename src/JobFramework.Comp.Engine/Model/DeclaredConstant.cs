using System.Globalization;
using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Model;

/// <summary>One value of a constant and the date it takes effect, with the line it is written on (for explanations).</summary>
public sealed record ConstantValue(DateOnly From, object Value, int Line);

/// <summary>
/// A named, typed, effective-dated value of a release — a statutory pay cap, a merit budget, a standard number of
/// hours a year — read by rules as <c>constants.name</c>. Each value holds from its date until the next one's; the
/// value an evaluation sees is the one in effect on its as-of date. Money constants carry their currency.
/// </summary>
public sealed record DeclaredConstant(string Name, AttributeKind Kind, int Slot, Currency? Currency, string Description, IReadOnlyList<ConstantValue> Values, string File)
{
    /// <summary>The line its declaration starts on, for diagnostics.</summary>
    public int Line { get; init; }

    /// <summary>The value in effect on a date, or null before the first one.</summary>
    public ConstantValue? On(DateOnly date)
    {
        ConstantValue? found = null;
        foreach (var value in Values)
        {
            if (value.From > date)
            {
                break;
            }

            found = value;
        }

        return found;
    }

    /// <summary>Where the value in effect on a date is written: "framework.json:42, from 2026-01-01".</summary>
    public string SourceOn(DateOnly date) => On(date) is { } value
        ? string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(File)}:{value.Line}, in effect from {value.From:yyyy-MM-dd}")
        : Path.GetFileName(File);
}
