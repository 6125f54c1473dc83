namespace JobFramework.Comp.Tables;

/// <summary>
/// A table input value without boxing: a string, a number (every numeric input widens to decimal) or a
/// boolean, according to the column's <see cref="ColumnKind"/>. Equality and hashing are by value.
/// </summary>
internal readonly record struct CellValue(string? Text, decimal Number, bool Flag)
{
    public static CellValue OfText(string text) => new(text, 0m, false);

    public static CellValue OfNumber(decimal number) => new(null, number, false);

    public static CellValue OfFlag(bool flag) => new(null, 0m, flag);
}
