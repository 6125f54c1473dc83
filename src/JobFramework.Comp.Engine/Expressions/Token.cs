namespace JobFramework.Comp.Expressions;

internal enum TokenKind
{
    End,
    Number,
    String,
    Identifier,
    Symbol,
}

/// <summary>One lexical token. <c>Text</c> is the symbol or name; for a string literal, its unescaped value.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position)
{
    public bool Is(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    /// <summary>Keywords (AND, OR, NOT, in, true, false) are matched without regard to case, as in RulesEngine files.</summary>
    public bool IsKeyword(string keyword) => Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
}
