using FsCheck;
using FsCheck.Fluent;
using JobFramework.Comp.Expressions;

namespace JobFramework.Comp.Engine.Tests.Expressions;

/// <summary>Random text never crashes or hangs the parser: it parses, or yields one error with a position.</summary>
public class ParserFuzzTests
{
    private static readonly string[] Fragments =
        ["employee", ".", "level", "(", ")", "[", "]", ",", "AND", "OR", "NOT", "!", "&&", "||", "==", "!=", "<", ">=", "+", "-", "*", "/", "?", ":", "=>", "x", "1", "2.5", "\"s\"", "'t'", "in", "true", " ", "Any", "hasSkill"];

    private static bool ParsesOrReportsError(string text)
    {
        bool ok = Parser.TryParse(text, out var syntax, out var error);
        return ok ? syntax is not null && error is null : error is not null && error.Position >= 0 && error.Position <= Math.Max(text.Length, ExpressionLimits.MaxLength) && error.Message.Length > 0;
    }

    [Fact]
    public void Parse_ArbitraryStrings_NeverThrow() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => ParsesOrReportsError(text ?? ""))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2000));

    [Fact]
    public void Parse_TokenSoup_NeverThrows()
    {
        var soup = Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Join("", parts)).ToArbitrary();
        Prop.ForAll(soup, ParsesOrReportsError).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }
}
