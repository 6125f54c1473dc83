using System.Text;

namespace JobFramework.Comp.Expressions;

/// <summary>Splits expression text into tokens. Errors are returned, never thrown.</summary>
internal static class Lexer
{
    // RulesEngine (Dynamic LINQ) spellings as well: "=" for "==" and "<>" for "!=".
    private static readonly string[] Symbols = ["&&", "||", "==", "!=", "<>", "<=", ">=", "=>", "<", ">", "=", "!", "+", "-", "*", "/", "%", "(", ")", "[", "]", ",", ".", "?", ":"];

    public static bool TryTokenize(string text, out List<Token> tokens, out ExpressionError? error)
    {
        tokens = [];
        error = null;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                int start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }
                }

                tokens.Add(new Token(TokenKind.Number, text[start..i], start));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                int start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, text[start..i], start));
            }
            else if (c is '"' or '\'')
            {
                int start = i;
                if (!TryReadString(text, ref i, out var value, out error))
                {
                    return false;
                }

                tokens.Add(new Token(TokenKind.String, value, start));
            }
            else
            {
                string? symbol = Array.Find(Symbols, s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0);
                if (symbol is null)
                {
                    error = new ExpressionError(i, Diagnostics.Messages.UnexpectedCharacter(c));
                    return false;
                }

                tokens.Add(new Token(TokenKind.Symbol, symbol, i));
                i += symbol.Length;
            }
        }

        tokens.Add(new Token(TokenKind.End, "", text.Length));
        return true;
    }

    private static bool TryReadString(string text, ref int i, out string value, out ExpressionError? error)
    {
        char quote = text[i];
        int start = i;
        var builder = new StringBuilder();
        i++;
        while (i < text.Length && text[i] != quote)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                char escaped = text[i + 1] switch
                {
                    'n' => '\n',
                    't' => '\t',
                    '\\' => '\\',
                    '"' => '"',
                    '\'' => '\'',
                    _ => '\0',
                };
                if (escaped == '\0')
                {
                    error = new ExpressionError(i, Diagnostics.Messages.UnknownEscape(text[i + 1]));
                    value = "";
                    return false;
                }

                builder.Append(escaped);
                i += 2;
            }
            else
            {
                builder.Append(text[i]);
                i++;
            }
        }

        if (i >= text.Length)
        {
            error = new ExpressionError(start, Diagnostics.Messages.UnterminatedString);
            value = "";
            return false;
        }

        i++;
        value = builder.ToString();
        error = null;
        return true;
    }
}
