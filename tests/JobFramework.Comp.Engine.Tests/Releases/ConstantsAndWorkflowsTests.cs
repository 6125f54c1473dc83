using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Engine.Tests.Releases;

/// <summary>
/// Constants and named workflows on a copy of the sample release: values by as-of date, workflow inputs, and every
/// mistake the issue names refused at load with its place, or at evaluation naming the input.
/// </summary>
public sealed class ConstantsAndWorkflowsTests : IDisposable
{
    private readonly TempRelease _copy = new();

    public void Dispose() => _copy.Dispose();

    private const string Engineer = """{ "id": "P1", "family": "engineering", "track": "ic", "level": 3, "region": "us", "baseSalary": 118000, "rating": 4 }""";

    private void Declare(string constants) =>
        _copy.Replace("framework.json", "  \"governance\": {", $"  \"constants\": [ {constants} ],\n  \"governance\": {{");

    private void Workflow(string json) => File.WriteAllText(_copy.PathOf("workflows/bonus.json"), json);

    private const string Budget = """
        { "name": "budgetPct", "type": "number", "values": [ { "from": "2026-01-01", "value": 3.5 }, { "from": "2026-07-01", "value": 4 } ] }
        """;

    private const string BonusWorkflow = """
        {
          "WorkflowName": "bonus",
          "Inputs": [ { "Name": "multiplier", "Type": "number", "Default": 1, "Min": 0, "Max": 2 } ],
          "Rules": [ { "RuleName": "Rated", "Expression": "employee.rating >= 3" } ],
          "Outputs": [ { "Name": "bonus", "Type": "money", "Expression": "percentOf(employee.baseSalary, constants.budgetPct * input.multiplier)", "Round": { "Step": 1, "Mode": "halfUp" } } ]
        }
        """;

    private WorkflowDecision Evaluate(DateOnly asOf, string? inputs = null)
    {
        var loaded = _copy.Load();
        loaded.Errors.ShouldBeEmpty();
        var release = loaded.Release!;
        using var document = inputs is null ? null : System.Text.Json.JsonDocument.Parse(inputs);
        var arguments = WorkflowArguments.FromJson(release.FindWorkflow("bonus")!, document?.RootElement);
        arguments.Errors.ShouldBeEmpty();
        var decision = new Evaluator(release) { AsOf = asOf }.Evaluate("bonus", Samples.Employee(Engineer), arguments.Value);
        decision.Errors.ShouldBeEmpty();
        return decision.Value!;
    }

    [Fact]
    public void A_constant_takes_the_value_in_effect_on_the_as_of_date()
    {
        Declare(Budget);
        Workflow(BonusWorkflow);

        Evaluate(new DateOnly(2026, 3, 1)).Outputs[0].Value!.Value.Amount.ShouldBe(4130m);
        Evaluate(new DateOnly(2026, 7, 1)).Outputs[0].Value!.Value.Amount.ShouldBe(4720m);
    }

    [Fact]
    public void The_explanation_names_the_constant_with_its_value_and_line()
    {
        Declare(Budget);
        Workflow(BonusWorkflow);

        var input = Evaluate(new DateOnly(2026, 3, 1)).Outputs[0].Inputs.Single(i => i.Name == "constants.budgetPct");

        input.Value.ShouldBe("3.5");
        input.Source.ShouldBe($"framework.json:{_copy.LineOf("framework.json", "\"constants\"")}, in effect from 2026-01-01");
    }

    [Fact]
    public void A_workflow_input_is_read_with_its_default_or_the_value_given()
    {
        Declare(Budget);
        Workflow(BonusWorkflow);

        var defaulted = Evaluate(new DateOnly(2026, 3, 1));
        var doubled = Evaluate(new DateOnly(2026, 3, 1), """{ "multiplier": 2 }""");

        defaulted.Inputs[0].ShouldBe(1m);
        doubled.Outputs[0].Value!.Value.Amount.ShouldBe(8260m);
    }

    [Fact]
    public void Before_a_constant_has_a_value_reading_it_is_an_error_naming_it_and_the_date()
    {
        Declare(Budget);
        Workflow(BonusWorkflow);
        var release = _copy.Load().Release!;

        var decision = new Evaluator(release) { AsOf = new DateOnly(2025, 12, 1) }.Evaluate("bonus", Samples.Employee(Engineer));

        decision.Value!.Outputs[0].Error.ShouldBe("Constant 'budgetPct' has no value on 2025-12-01; its first value is from a later date.");
    }

    [Theory]
    [InlineData("""{ "name": "cap", "type": "money", "values": [ { "from": "2026-01-01", "value": 100 } ] }""", "Constant 'cap' is money: give its currency (\"currency\": \"USD\").")]
    [InlineData("""{ "name": "cap", "type": "number", "values": [ { "from": "2026-01-01", "value": "high" } ] }""", "A value of constant 'cap' is not valid: 'cap' must be a number.")]
    [InlineData("""{ "name": "cap", "type": "number", "values": [ { "from": "2026-02-01", "value": 1 } ] }""", "Constant 'cap' has no value on the release's effective date 2026-01-01 (its first value is from 2026-02-01); give it a value from 2026-01-01 or earlier.")]
    [InlineData("""{ "name": "cap", "type": "number", "values": [ { "from": "2026-06-01", "value": 1 }, { "from": "2026-01-01", "value": 2 } ] }""", "Constant 'cap': the value from 2026-01-01 must come after the one from 2026-06-01; list values oldest first, each date once.")]
    [InlineData("""{ "name": "cap", "type": "money", "currency": "USD", "values": [ { "from": "2026-01-01", "value": 100.001 } ] }""", "'constant cap' amount 100.001 has more decimals than USD allows (2).")]
    [InlineData("""{ "name": "cap", "type": "list of strings", "values": [ { "from": "2026-01-01", "value": [] } ] }""", "Unknown attribute type 'list of strings'; use one of: integer, number, money, string, boolean, date.")]
    public void A_broken_constant_is_a_load_error(string constant, string message)
    {
        Declare(constant);

        var error = _copy.Load().Errors.ShouldHaveSingleItem();

        error.Message.ShouldBe(message);
        error.Location.File.ShouldEndWith("framework.json");
        error.Location.Line.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("employee.baseSalary * constants.budget > band.min", "'constants' has no member 'budget'.")]
    [InlineData("input.multiplier > 0", "'input' has no member 'multiplier'.")]
    [InlineData("employee.grade > 3", "'employee' has no member 'grade'.")]
    public void A_rule_reading_something_undeclared_is_a_load_error_at_the_expression(string expression, string messageStart)
    {
        Declare(Budget);
        Workflow($$"""{ "WorkflowName": "bonus", "Inputs": [], "Rules": [ { "RuleName": "R", "Expression": "{{expression}}" } ] }""");

        var error = _copy.Load().Errors.ShouldHaveSingleItem();

        error.Message.ShouldStartWith(messageStart);
        error.Location.File.ShouldEndWith("workflows/bonus.json");
    }

    [Fact]
    public void An_unknown_role_allowed_to_call_a_workflow_is_a_load_error()
    {
        Workflow("""{ "WorkflowName": "bonus", "AllowedRoles": ["managers"], "Rules": [ { "RuleName": "R", "Expression": "true" } ] }""");

        var error = _copy.Load().Errors.ShouldHaveSingleItem();

        error.Message.ShouldBe("Unknown role 'managers'. Known: review-tooling, payroll, comp-admin, auditor.");
    }

    [Fact]
    public void A_workflow_input_that_shadows_nothing_and_is_typed_is_checked_like_an_attribute()
    {
        Workflow("""{ "WorkflowName": "bonus", "Inputs": [ { "Name": "multiplier", "Type": "percent" } ], "Rules": [ { "RuleName": "R", "Expression": "true" } ] }""");

        var error = _copy.Load().Errors.ShouldHaveSingleItem();

        error.Message.ShouldStartWith("Unknown attribute type 'percent'");
    }

    [Fact]
    public void A_derived_table_may_not_use_a_constant_that_changes_during_the_release()
    {
        Declare(Budget);
        File.WriteAllText(_copy.PathOf("tables/uplift.json"), """
            {
              "name": "uplift", "hitPolicy": "UNIQUE",
              "inputs": [ { "name": "level", "expression": "position.level" } ],
              "outputs": [ { "name": "pct", "type": "number" } ],
              "derive": { "forEach": { "b": "levels" }, "inputs": { "level": "b.level" }, "outputs": { "pct": "constants.budgetPct" } }
            }
            """);
        File.WriteAllText(_copy.PathOf("tables/levels.json"), """
            { "name": "levels", "hitPolicy": "UNIQUE", "inputs": [ { "name": "level", "expression": "position.level" } ], "outputs": [ { "name": "n", "type": "integer" } ], "rows": [ [1, 1] ] }
            """);

        var error = _copy.Load().Errors.ShouldHaveSingleItem();

        error.Message.ShouldStartWith("Constant 'budgetPct' changes on 2026-07-01; a derived table is computed once, at load");
        error.Location.File.ShouldEndWith("tables/uplift.json");
    }

    [Fact]
    public void An_unknown_workflow_is_an_error_naming_the_nearest()
    {
        var release = _copy.Load().Release!;

        var decision = new Evaluator(release).Evaluate("levelup", Samples.Employee(Engineer));

        decision.Errors.ShouldHaveSingleItem().ShouldBe(new InputError("workflow", "Unknown workflow 'levelup'. Did you mean 'level-up'? Known: level-up."));
    }

    [Fact]
    public void A_constant_no_expression_reads_is_a_warning_at_its_declaration()
    {
        Declare(Budget);

        var result = _copy.Load();

        result.Release.ShouldNotBeNull();
        var warning = result.Diagnostics.Single(d => !d.IsError && d.Message.StartsWith("Constant", StringComparison.Ordinal));
        warning.Message.ShouldBe("Constant 'budgetPct' is declared but no rule, table or output reads it.");
        warning.Location.Line.ShouldBe(_copy.LineOf("framework.json", "\"constants\""));
    }

    [Fact]
    public void A_workflow_input_nothing_reads_is_a_warning_at_the_input()
    {
        Workflow("""
            {
              "WorkflowName": "bonus",
              "Inputs": [ { "Name": "multiplier", "Type": "number", "Default": 1 } ],
              "Rules": [ { "RuleName": "Rated", "Expression": "employee.rating >= 3" } ]
            }
            """);

        var result = _copy.Load();

        result.Release.ShouldNotBeNull();
        var warning = result.Diagnostics.Single(d => !d.IsError && d.Message.StartsWith("Input", StringComparison.Ordinal));
        warning.Message.ShouldStartWith("Input 'multiplier' is declared but no rule, parameter or output of the workflow reads it");
        warning.Location.Line.ShouldBe(3);
        warning.Location.File.ShouldEndWith("workflows/bonus.json");
    }
}
