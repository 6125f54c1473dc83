using System.Globalization;

namespace JobFramework.Comp.Expressions;

/// <summary>
/// Recursive-descent parser for the rule language; one method per production. The grammar (EBNF):
/// <code>
/// expression     = conditional ;
/// conditional    = or [ "?" expression ":" expression ] ;
/// or             = and { ( "||" | "OR" ) and } ;
/// and            = equality { ( "&amp;&amp;" | "AND" ) equality } ;
/// equality       = comparison [ ( "==" | "!=" ) comparison ] ;
/// comparison     = additive [ ( "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "in" ) additive ] ;
/// additive       = multiplicative { ( "+" | "-" ) multiplicative } ;
/// multiplicative = unary { ( "*" | "/" | "%" ) unary } ;
/// unary          = ( "!" | "NOT" | "-" ) unary | postfix ;
/// postfix        = primary { "." name [ "(" [ argument { "," argument } ] ")" ] } ;
/// primary        = number | string | "true" | "false" | name [ "(" [ argument { "," argument } ] ")" ]
///                | "(" expression ")" | "[" [ expression { "," expression } ] "]" ;
/// argument       = name "=&gt;" expression | expression ;
/// number         = digit { digit } [ "." digit { digit } ] ;          (* a decimal, never a binary float *)
/// string         = '"' { char } '"' | "'" { char } "'" ;              (* escapes: \" \' \\ \n \t *)
/// name           = ( letter | "_" ) { letter | digit | "_" } ;
/// </code>
/// Keywords (AND, OR, NOT, in, true, false) ignore case. Comparisons do not chain (<c>a &lt; b &lt; c</c> is an error).
/// Limits: <see cref="ExpressionLimits"/> bounds the text length and the nesting depth, so hostile or
/// accidental input always ends in a diagnostic, never a stack overflow.
/// </summary>
internal sealed class Parser
{
    private readonly List<Token> _tokens;
    private int _index;
    private int _depth;

    private Parser(List<Token> tokens) => _tokens = tokens;

    public static bool TryParse(string text, out Syntax? syntax, out ExpressionError? error)
    {
        syntax = null;
        if (text.Length > ExpressionLimits.MaxLength)
        {
            error = new ExpressionError(ExpressionLimits.MaxLength, Diagnostics.Messages.ExpressionTooLong(text.Length, ExpressionLimits.MaxLength), Diagnostics.Codes.ExpressionLimit);
            return false;
        }

        if (!Lexer.TryTokenize(text, out var tokens, out error))
        {
            return false;
        }

        var parser = new Parser(tokens);
        try
        {
            if (parser.Current.Kind == TokenKind.End)
            {
                throw new ParseException(new ExpressionError(0, Diagnostics.Messages.EmptyExpression));
            }

            syntax = parser.ParseExpression();
            if (parser.Current.Kind != TokenKind.End)
            {
                throw parser.Unexpected("end of expression");
            }

            error = null;
            return true;
        }
        catch (ParseException e)
        {
            error = e.Error;
            return false;
        }
    }

    private Token Current => _tokens[_index];

    private Token Advance() => _tokens[_index++];

    private Syntax ParseExpression()
    {
        if (++_depth > ExpressionLimits.MaxDepth)
        {
            throw new ParseException(new ExpressionError(Current.Position, Diagnostics.Messages.ExpressionTooDeep(ExpressionLimits.MaxDepth), Diagnostics.Codes.ExpressionLimit));
        }

        try
        {
            return ParseConditional();
        }
        finally
        {
            _depth--;
        }
    }

    private Syntax ParseConditional()
    {
        var condition = ParseOr();
        if (!Current.Is("?"))
        {
            return condition;
        }

        int position = Advance().Position;
        var whenTrue = ParseExpression();
        Expect(":");
        var whenFalse = ParseExpression();
        return new ConditionalSyntax(position, condition, whenTrue, whenFalse);
    }

    private Syntax ParseOr()
    {
        var left = ParseAnd();
        while (Current.Is("||") || Current.IsKeyword("OR"))
        {
            int position = Advance().Position;
            left = new BinarySyntax(position, "||", left, ParseAnd());
        }

        return left;
    }

    private Syntax ParseAnd()
    {
        var left = ParseEquality();
        while (Current.Is("&&") || Current.IsKeyword("AND"))
        {
            int position = Advance().Position;
            left = new BinarySyntax(position, "&&", left, ParseEquality());
        }

        return left;
    }

    private Syntax ParseEquality()
    {
        var left = ParseComparison();
        if (IsEquality(Current))
        {
            var op = Advance();
            left = new BinarySyntax(op.Position, op.Is("==") || op.Is("=") ? "==" : "!=", left, ParseComparison());
            if (IsEquality(Current))
            {
                throw new ParseException(new ExpressionError(Current.Position, Diagnostics.Messages.ChainedComparison));
            }
        }

        return left;
    }

    private Syntax ParseComparison()
    {
        var left = ParseAdditive();
        if (IsComparison(Current))
        {
            var op = Advance();
            var right = op.IsKeyword("in") && Current.Is("(") ? ParseParenthesizedList() : ParseAdditive();
            left = new BinarySyntax(op.Position, op.IsKeyword("in") ? "in" : op.Text, left, right);
            if (IsComparison(Current))
            {
                throw new ParseException(new ExpressionError(Current.Position, Diagnostics.Messages.ChainedComparison));
            }
        }

        return left;
    }

    // Dynamic LINQ's "x in (a, b, c)": the same list as "[a, b, c]". One value in parentheses is a list of one.
    private ListSyntax ParseParenthesizedList()
    {
        int position = Advance().Position;
        var items = new List<Syntax>();
        do
        {
            items.Add(ParseExpression());
        }
        while (TryConsume(","));

        Expect(")");
        return new ListSyntax(position, items);
    }

    private static bool IsEquality(Token token) => token.Is("==") || token.Is("!=") || token.Is("=") || token.Is("<>");

    private static bool IsComparison(Token token) =>
        token.Is("<") || token.Is("<=") || token.Is(">") || token.Is(">=") || token.IsKeyword("in");

    private Syntax ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Is("+") || Current.Is("-"))
        {
            var op = Advance();
            left = new BinarySyntax(op.Position, op.Text, left, ParseMultiplicative());
        }

        return left;
    }

    private Syntax ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Is("*") || Current.Is("/") || Current.Is("%"))
        {
            var op = Advance();
            left = new BinarySyntax(op.Position, op.Text, left, ParseUnary());
        }

        return left;
    }

    private Syntax ParseUnary()
    {
        if (Current.Is("!") || Current.IsKeyword("NOT") || Current.Is("-"))
        {
            var op = Advance();
            if (++_depth > ExpressionLimits.MaxDepth)
            {
                throw new ParseException(new ExpressionError(op.Position, Diagnostics.Messages.ExpressionTooDeep(ExpressionLimits.MaxDepth), Diagnostics.Codes.ExpressionLimit));
            }

            try
            {
                return new UnarySyntax(op.Position, op.Is("-") ? "-" : "!", ParseUnary());
            }
            finally
            {
                _depth--;
            }
        }

        return ParsePostfix();
    }

    private Syntax ParsePostfix()
    {
        var target = ParsePrimary();
        while (Current.Is(".") || Current.Is("["))
        {
            if (Current.Is("["))
            {
                int position = Advance().Position;
                var index = ParseExpression();
                Expect("]");
                target = new IndexSyntax(position, target, index);
                continue;
            }

            Advance();
            var name = Current;
            if (name.Kind != TokenKind.Identifier)
            {
                throw Unexpected("a member name after '.'");
            }

            Advance();
            target = Current.Is("(")
                ? new CallSyntax(name.Position, target, name.Text, ParseArguments())
                : new MemberSyntax(name.Position, target, name.Text);
        }

        return target;
    }

    private Syntax ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                return new LiteralSyntax(token.Position, ParseNumber(token));
            case TokenKind.String:
                Advance();
                return new LiteralSyntax(token.Position, token.Text);
            case TokenKind.Identifier when token.IsKeyword("true") || token.IsKeyword("false"):
                Advance();
                return new LiteralSyntax(token.Position, token.IsKeyword("true"));
            case TokenKind.Identifier when IsReservedWord(token):
                throw Unexpected("a value");
            case TokenKind.Identifier:
                Advance();
                if (!Current.Is("("))
                {
                    return new IdentifierSyntax(token.Position, token.Text);
                }

                var arguments = ParseArguments();

                // Dynamic LINQ's iif(condition, a, b) is the conditional operator.
                return token.IsKeyword("iif") && arguments.Count == 3
                    ? new ConditionalSyntax(token.Position, arguments[0], arguments[1], arguments[2])
                    : new CallSyntax(token.Position, null, token.Text, arguments);
            case TokenKind.Symbol when token.Is("("):
                Advance();
                var inner = ParseExpression();
                Expect(")");
                return inner;
            case TokenKind.Symbol when token.Is("["):
                Advance();
                var items = new List<Syntax>();
                if (!Current.Is("]"))
                {
                    do
                    {
                        items.Add(ParseExpression());
                    }
                    while (TryConsume(","));
                }

                Expect("]");
                return new ListSyntax(token.Position, items);
            default:
                throw Unexpected("a value");
        }
    }

    private static bool IsReservedWord(Token token) =>
        token.IsKeyword("AND") || token.IsKeyword("OR") || token.IsKeyword("NOT") || token.IsKeyword("in");

    private List<Syntax> ParseArguments()
    {
        Expect("(");
        var arguments = new List<Syntax>();
        if (!Current.Is(")"))
        {
            do
            {
                arguments.Add(ParseArgument());
            }
            while (TryConsume(","));
        }

        Expect(")");
        return arguments;
    }

    private Syntax ParseArgument()
    {
        if (Current.Kind == TokenKind.Identifier && _tokens[_index + 1].Is("=>"))
        {
            var parameter = Advance();
            Advance();
            return new LambdaSyntax(parameter.Position, parameter.Text, ParseExpression());
        }

        return ParseExpression();
    }

    private static object ParseNumber(Token token)
    {
        if (!token.Text.Contains('.', StringComparison.Ordinal) && long.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out long integer))
        {
            return integer;
        }

        if (decimal.TryParse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number))
        {
            return number;
        }

        throw new ParseException(new ExpressionError(token.Position, Diagnostics.Messages.NumberLiteralTooLarge(token.Text)));
    }

    private bool TryConsume(string symbol)
    {
        if (!Current.Is(symbol))
        {
            return false;
        }

        Advance();
        return true;
    }

    private void Expect(string symbol)
    {
        if (!TryConsume(symbol))
        {
            throw Unexpected("'" + symbol + "'");
        }
    }

    private ParseException Unexpected(string expected) =>
        new(new ExpressionError(Current.Position, Current.Kind == TokenKind.End
            ? Diagnostics.Messages.UnexpectedEnd(expected)
            : Diagnostics.Messages.UnexpectedToken(Current.Kind == TokenKind.String ? "\"" + Current.Text + "\"" : Current.Text, expected)));

    // Used only to unwind the recursive descent to TryParse, which turns it back into a value.
    private sealed class ParseException(ExpressionError error) : Exception(error.Message)
    {
        public ExpressionError Error { get; } = error;
    }
}
