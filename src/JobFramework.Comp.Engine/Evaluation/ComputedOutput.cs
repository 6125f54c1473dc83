using System.Globalization;
using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Evaluation;

/// <summary>A computed number or amount; money carries its currency.</summary>
public readonly record struct OutputValue(decimal Amount, Currency? Currency)
{
    public bool IsMoney => Currency is not null;

    /// <summary>Canonical text, as rule test cases write it: <c>128300.00 USD</c> or <c>9.5</c>.</summary>
    public override string ToString() => Currency is { } currency ? new Money(Amount, currency).ToString() : Amount.ToString("G29", CultureInfo.InvariantCulture);

    /// <summary>The amount alone: money with its currency's minor units, numbers as they are.</summary>
    public string FormatAmount() => Currency is { } currency ? new Money(Amount, currency).FormatAmount() : Amount.ToString("G29", CultureInfo.InvariantCulture);

    internal static OutputValue? From(object? value) => value switch
    {
        Money money => new OutputValue(money.Amount, money.Currency),
        decimal number => new OutputValue(number, null),
        long integer => new OutputValue(integer, null),
        _ => null,
    };
}

/// <summary>A value an output expression read, shown so the arithmetic can be followed: <c>employee.baseSalary = 118750.00 USD</c>.</summary>
public sealed record OutputInput(string Name, string Value)
{
    /// <summary>Where a constant's value is written and since when: "framework.json:42, in effect from 2026-01-01".</summary>
    public string? Source { get; init; }
}

/// <summary>A cap or floor that changed an output: which bound, its expression and value, and the value before it.</summary>
public sealed record OutputLimit(string Kind, string Expression, OutputValue Bound, OutputValue Before);

/// <summary>
/// One named output of a workflow (a promotion recommendation, an increase to band minimum): the value,
/// how it was reached — the expression, the values it read, the value before rounding, the rounding, and
/// any cap or floor that applied — or the error that left it without a value.
/// </summary>
public sealed record ComputedOutput(
    string Name,
    string Expression,
    OutputValue? Value,
    OutputValue? Unrounded,
    string? Rounding,
    OutputLimit? Limit,
    IReadOnlyList<OutputInput> Inputs,
    string? Error);
