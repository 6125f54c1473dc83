namespace JobFramework.Comp.Monetary;

/// <summary>
/// Thrown when arithmetic or a comparison would mix two currencies. Money never converts silently:
/// a rule that needs conversion must say so explicitly.
/// </summary>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    public CurrencyMismatchException(Currency left, Currency right)
        : base(Diagnostics.Messages.CurrencyMismatch(left.Code, right.Code))
    {
        Left = left;
        Right = right;
    }

    public Currency Left { get; }

    public Currency Right { get; }
}
