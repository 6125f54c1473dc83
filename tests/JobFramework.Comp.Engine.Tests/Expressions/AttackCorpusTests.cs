using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Engine.Tests.Support;

namespace JobFramework.Comp.Engine.Tests.Expressions;

/// <summary>
/// Expressions that try to leave the rule language — reflection, type loading, files, processes, static members of
/// other types, object creation, assignment — or to run for ever or blow the stack: every one is refused at load
/// with a diagnostic, nothing is evaluated.
/// </summary>
public class AttackCorpusTests
{
    [Theory]
    [InlineData("employee.GetType().Assembly.Location != \"\"")]
    [InlineData("typeof(System.IO.File) != null")]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\") != null")]
    [InlineData("Environment.Exit(1) == 0")]
    [InlineData("Activator.CreateInstance(\"System.Object\") != null")]
    [InlineData("Type.GetType(\"System.IO.File\") != null")]
    [InlineData("DateTime.Now.Year > 2000")]
    [InlineData("AppDomain.CurrentDomain.FriendlyName != \"\"")]
    [InlineData("new System.Object() != null")]
    [InlineData("(employee.rating += 1) > 0")]
    [InlineData("employee.skills.Select(s => s.GetType().Name).Any(n => n == \"x\")")]
    [InlineData("Math.GetType().Name == \"Math\"")]
    [InlineData("employee.region.GetHashCode() > 0")]
    [InlineData("employee.region.Normalize() == \"us\"")]
    public void An_expression_that_reaches_outside_the_language_is_refused_at_load(string expression)
    {
        var error = ExpressionHarness.Error(expression);

        error.IsError.ShouldBeTrue();
        error.Code.ShouldBeOneOf(Codes.UnknownName, Codes.ExpressionType, Codes.ExpressionSyntax);
    }

    [Fact]
    public void Lambdas_nest_at_most_three_deep_so_no_rule_loops_over_more_than_a_million_pairs()
    {
        const string three = "employee.skills.Any(a => employee.skills.Any(b => employee.skills.Any(c => c.proficiency > a.proficiency + b.proficiency)))";
        ExpressionHarness.Bind(three, Samples.Release, out _).ShouldNotBeNull();

        var error = ExpressionHarness.Error("employee.skills.Any(a => employee.skills.Any(b => employee.skills.Any(c => employee.skills.Any(d => d.proficiency > a.proficiency))))");

        error.Code.ShouldBe(Codes.ExpressionLimit);
        error.Message.ShouldBe(Messages.LambdasTooDeep(3));
    }

    [Fact]
    public void Nesting_past_the_limit_is_refused_not_a_stack_overflow()
    {
        string deep = new string('(', 5000) + "1" + new string(')', 5000) + " > 0";

        ExpressionHarness.Error(deep).Code.ShouldBeOneOf(Codes.ExpressionLimit);
    }
}
