using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Expressions;

namespace JobFramework.Comp.Engine.Tests.Expressions;

public class ParserTests
{
    private static Syntax Parse(string text)
    {
        Parser.TryParse(text, out var syntax, out var error).ShouldBeTrue(error?.Message);
        return syntax!;
    }

    private static ExpressionError Fail(string text)
    {
        Parser.TryParse(text, out _, out var error).ShouldBeFalse();
        return error!;
    }

    [Fact]
    public void Parse_AndBindsTighterThanOr()
    {
        var or = Parse("a OR b AND c").ShouldBeOfType<BinarySyntax>();
        or.Operator.ShouldBe("||");
        or.Right.ShouldBeOfType<BinarySyntax>().Operator.ShouldBe("&&");
    }

    [Fact]
    public void Parse_KeywordsIgnoreCaseAndSymbolsAreEquivalent()
    {
        var words = Parse("a and not b").ShouldBeOfType<BinarySyntax>();
        var symbols = Parse("a && !b").ShouldBeOfType<BinarySyntax>();
        (words.Operator, symbols.Operator).ShouldBe(("&&", "&&"));
        words.Right.ShouldBeOfType<UnarySyntax>().Operator.ShouldBe(symbols.Right.ShouldBeOfType<UnarySyntax>().Operator);
        Parse("x IN [1, 2]").ShouldBeOfType<BinarySyntax>().Operator.ShouldBe("in");
    }

    [Fact]
    public void Parse_ArithmeticPrecedence()
    {
        var plus = Parse("1 + 2 * 3").ShouldBeOfType<BinarySyntax>();
        plus.Operator.ShouldBe("+");
        plus.Right.ShouldBeOfType<BinarySyntax>().Operator.ShouldBe("*");
    }

    [Fact]
    public void Parse_LambdaArgumentAndMethodCall()
    {
        var call = Parse("employee.skills.Any(s => s.proficiency >= 3)").ShouldBeOfType<CallSyntax>();
        call.Name.ShouldBe("Any");
        call.Arguments.Single().ShouldBeOfType<LambdaSyntax>().Parameter.ShouldBe("s");
    }

    [Fact]
    public void Parse_DecimalLiteralIsDecimalNotDouble() =>
        Parse("0.1").ShouldBeOfType<LiteralSyntax>().Value.ShouldBe(0.1m);

    [Fact]
    public void Parse_Conditional() =>
        Parse("target.level >= 6 ? 24 : 12").ShouldBeOfType<ConditionalSyntax>();

    [Fact]
    public void Parse_UnterminatedString_PointsAtTheQuote()
    {
        var error = Fail("employee.family == \"data");
        error.Position.ShouldBe(19);
        error.Message.ShouldBe(Messages.UnterminatedString);
    }

    [Fact]
    public void Parse_MissingOperand_SaysWhatWasExpected()
    {
        var error = Fail("employee.rating >=");
        error.Position.ShouldBe(18);
        error.Message.ShouldBe(Messages.UnexpectedEnd("a value"));
    }

    [Fact]
    public void Parse_ChainedComparison_IsAnError() =>
        Fail("1 < 2 < 3").Message.ShouldBe(Messages.ChainedComparison);

    [Fact]
    public void Parse_UnknownCharacter_IsAnError() =>
        Fail("employee.level # 2").Message.ShouldBe(Messages.UnexpectedCharacter('#'));

    [Fact]
    public void Parse_TooLong_HitsTheLengthLimit()
    {
        var error = Fail(string.Join(" + ", Enumerable.Repeat("1", 2001)));
        error.Code.ShouldBe(Codes.ExpressionLimit);
        error.Message.ShouldBe(Messages.ExpressionTooLong(8001, ExpressionLimits.MaxLength));
    }

    [Fact]
    public void Parse_TooDeep_HitsTheDepthLimitNotTheStack()
    {
        var error = Fail(new string('(', 200) + "1" + new string(')', 200));
        error.Code.ShouldBe(Codes.ExpressionLimit);
        error.Message.ShouldBe(Messages.ExpressionTooDeep(ExpressionLimits.MaxDepth));
    }

    [Fact]
    public void Parse_DeepUnaryChain_HitsTheDepthLimit() =>
        Fail(new string('!', 500) + "true").Code.ShouldBe(Codes.ExpressionLimit);

    [Fact]
    public void Parse_Empty_IsAnError() => Fail("   ").Message.ShouldBe(Messages.EmptyExpression);
}
