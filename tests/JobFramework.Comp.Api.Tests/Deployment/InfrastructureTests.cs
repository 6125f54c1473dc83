using System.Text.Json;

namespace JobFramework.Comp.Api.Tests.Deployment;

/// <summary>
/// Structural checks of infra/azuredeploy.json and its per-environment parameters (no Bicep compiler or
/// Azure account exists here): well-formed resources, references that resolve, the settings the app
/// needs, least-privilege identity, and nothing secret inline.
/// </summary>
public sealed class InfrastructureTests : IDisposable
{
    private readonly ArmTemplate _template = ArmTemplate.Load();

    public void Dispose() => _template.Dispose();

    private static readonly string[] Environments = ["dev", "prod"];

    [Fact]
    public void Every_resource_has_a_type_an_api_version_and_a_name()
    {
        _template.Resources.Count.ShouldBeGreaterThan(10);
        foreach (var resource in _template.Resources)
        {
            string type = resource.GetProperty("type").GetString()!;
            type.ShouldContain("/");
            resource.GetProperty("apiVersion").GetString()!.ShouldMatch(@"^\d{4}-\d{2}-\d{2}(-preview)?$", type);
            resource.GetProperty("name").GetString().ShouldNotBeNullOrWhiteSpace(type);
        }
    }

    [Fact]
    public void Every_parameter_and_variable_reference_resolves()
    {
        var expressions = _template.Expressions().ToList();
        expressions.SelectMany(e => ArmTemplate.Referenced(e, "parameters")).Distinct().Except(_template.ParameterNames).ShouldBeEmpty();
        expressions.SelectMany(e => ArmTemplate.Referenced(e, "variables")).Distinct().Except(_template.VariableNames).ShouldBeEmpty();
    }

    [Fact]
    public void Every_declared_parameter_and_variable_is_used()
    {
        string all = string.Join("\n", _template.Expressions());
        _template.ParameterNames.Where(p => !all.Contains($"parameters('{p}')", StringComparison.Ordinal)).ShouldBeEmpty();
        _template.VariableNames.Where(v => !all.Contains($"variables('{v}')", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_dependency_names_a_resource_type_the_template_deploys()
    {
        var types = _template.Resources.Select(r => r.GetProperty("type").GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in _template.Resources.Where(r => r.TryGetProperty("dependsOn", out _)))
        {
            foreach (var dependency in resource.GetProperty("dependsOn").EnumerateArray().Select(d => d.GetString()!))
            {
                string type = dependency.Split("resourceId('", 2)[1].Split('\'')[0];
                types.ShouldContain(type, dependency);
            }
        }
    }

    [Theory]
    [MemberData(nameof(EnvironmentNames))]
    public void Each_environment_sets_every_required_parameter_and_only_known_ones(string environment)
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "infra", "parameters", environment + ".parameters.json")));
        var given = file.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToList();
        given.Except(_template.ParameterNames).ShouldBeEmpty();
        var required = _template.Root.GetProperty("parameters").EnumerateObject().Where(p => !p.Value.TryGetProperty("defaultValue", out _)).Select(p => p.Name);
        required.Except(given).ShouldBeEmpty();
        file.RootElement.GetProperty("parameters").GetProperty("environmentName").GetProperty("value").GetString().ShouldBe(environment);
    }

    public static TheoryData<string> EnvironmentNames() => [.. Environments];

    [Fact]
    public void The_function_app_runs_the_isolated_worker_on_flex_consumption()
    {
        var plan = _template.Resource("Microsoft.Web/serverfarms");
        plan.GetProperty("sku").GetProperty("tier").GetString().ShouldBe("FlexConsumption");
        var app = _template.Resource("Microsoft.Web/sites");
        app.GetProperty("kind").GetString().ShouldBe("functionapp,linux");
        var config = app.GetProperty("properties").GetProperty("functionAppConfig");
        config.GetProperty("runtime").GetProperty("name").GetString().ShouldBe("dotnet-isolated");
        config.GetProperty("runtime").GetProperty("version").GetString().ShouldBe("10.0");
        config.GetProperty("deployment").GetProperty("storage").GetProperty("authentication").GetProperty("type").GetString().ShouldBe("UserAssignedIdentity");
    }

    [Fact]
    public void The_app_settings_give_the_worker_what_it_reads()
    {
        var settings = AppSettings();
        foreach (var name in new[] { "Comp__AuditStore", "Comp__AuditTable", "Comp__EntraId__Enabled", "AZURE_CLIENT_ID", "AzureWebJobsStorage__accountName", "AzureWebJobsStorage__credential", "APPLICATIONINSIGHTS_CONNECTION_STRING" })
        {
            settings.ShouldContainKey(name);
        }

        settings["Comp__AuditStore"].ShouldStartWith("[format('TableEndpoint={0}'", Case.Sensitive, "Entra ID access to the table, never a key");
        settings["Comp__EntraId__Enabled"].ShouldBe("true");
        foreach (var role in Auth.Roles.All)
        {
            settings[$"Comp__ApiKeys__{role}__Sha256"].ShouldContain("@Microsoft.KeyVault(SecretUri=");
            settings[$"Comp__ApiKeys__{role}__Roles__0"].ShouldBe(role);
        }

        settings.Keys.ShouldNotContain("FUNCTIONS_WORKER_RUNTIME", "Flex Consumption takes the runtime from functionAppConfig and refuses this setting");
    }

    [Fact]
    public void Nothing_secret_is_inline()
    {
        var strings = ArmTemplate.Strings(_template.Root).ToList();
        strings.ShouldNotContain(s => s.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase));
        strings.ShouldNotContain(s => s.Contains("listKeys(", StringComparison.OrdinalIgnoreCase));
        strings.ShouldNotContain(s => s.Contains("SharedAccessSignature", StringComparison.OrdinalIgnoreCase));
        strings.ShouldNotContain(s => s.Contains("InstrumentationKey=", StringComparison.OrdinalIgnoreCase));
        _template.Resource("Microsoft.Storage/storageAccounts").GetProperty("properties").GetProperty("allowSharedKeyAccess").GetBoolean().ShouldBeFalse();
        _template.Resource("Microsoft.Insights/components").GetProperty("properties").GetProperty("DisableLocalAuth").GetBoolean().ShouldBeTrue();
        foreach (var environment in Environments)
        {
            string parameters = File.ReadAllText(Path.Combine(Repository.Root, "infra", "parameters", environment + ".parameters.json"));
            parameters.ShouldNotContain("Key", Case.Sensitive, "parameter files carry no keys: API-key hashes go to Key Vault");
        }
    }

    [Fact]
    public void The_identity_gets_table_data_rights_on_the_audit_table_only()
    {
        var assignments = _template.Resources.Where(r => r.GetProperty("type").GetString() == "Microsoft.Authorization/roleAssignments").ToList();
        var table = assignments.Single(a => a.GetProperty("properties").GetProperty("roleDefinitionId").GetString()!.Contains("storageTableDataContributor", StringComparison.Ordinal));
        table.GetProperty("scope").GetString()!.ShouldContain("/tableServices/default/tables/");
        var roles = _template.Root.GetProperty("variables").GetProperty("roles");
        roles.GetProperty("storageTableDataContributor").GetString().ShouldBe("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3");
        roles.GetProperty("keyVaultSecretsUser").GetString().ShouldBe("4633458b-17de-408a-b874-0445c86b69e6");
        assignments.ShouldAllBe(a => a.GetProperty("properties").GetProperty("principalType").GetString() == "ServicePrincipal");
        assignments.ShouldNotContain(a => a.GetProperty("properties").GetProperty("roleDefinitionId").GetString()!.Contains("Owner'", StringComparison.Ordinal) && !a.GetProperty("properties").GetProperty("roleDefinitionId").GetString()!.Contains("storageBlobDataOwner", StringComparison.Ordinal));
    }

    [Fact]
    public void Entra_id_guards_every_path_but_the_probes()
    {
        var auth = _template.Resource("Microsoft.Web/sites/config").GetProperty("properties");
        auth.GetProperty("globalValidation").GetProperty("requireAuthentication").GetBoolean().ShouldBeTrue();
        auth.GetProperty("globalValidation").GetProperty("excludedPaths").EnumerateArray().Select(p => p.GetString()).ShouldBe(["/health", "/health/ready"]);
    }

    private Dictionary<string, string> AppSettings() =>
        _template.Resource("Microsoft.Web/sites").GetProperty("properties").GetProperty("siteConfig").GetProperty("appSettings").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("value").GetString()!);
}
