using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace JobFramework.Comp.Functions;

/// <summary>
/// One function per endpoint of the service, named as the endpoint and on its route and method; each hands the
/// request to the endpoint itself (<see cref="WorkerRoutes"/>). Anonymous at the platform: the endpoints check the
/// caller (API key, or the platform principal of App Service authentication) and their roles, as the standalone
/// service does. A test proves these functions and the standalone route table are the same.
/// </summary>
public sealed class ApiFunctions(WorkerRoutes routes)
{
    [Function("GetDecision")]
    public Task GetDecision([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/decisions/{id}")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(GetDecision));

    [Function("ListDecisions")]
    public Task ListDecisions([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/decisions")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(ListDecisions));

    [Function("ReplayDecision")]
    public Task ReplayDecision([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/decisions/{id}/replay")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(ReplayDecision));

    [Function("CheckEligibility")]
    public Task CheckEligibility([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/eligibility")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(CheckEligibility));

    [Function("ImportSnapshot")]
    public Task ImportSnapshot([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/people/snapshots")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(ImportSnapshot));

    [Function("ListSnapshots")]
    public Task ListSnapshots([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/people/snapshots")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(ListSnapshots));

    [Function("ReviewGuide")]
    public Task ReviewGuide([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/people/{id}/review-guide")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(ReviewGuide));

    [Function("PayInformation")]
    public Task PayInformation([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/people/{id}/pay-information")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(PayInformation));

    [Function("PayGapReport")]
    public Task PayGapReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/transparency/gap-report")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(PayGapReport));

    [Function("ProgressionCriteria")]
    public Task ProgressionCriteria([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/transparency/criteria/{family}/{track}")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(ProgressionCriteria));

    [Function("PostingRange")]
    public Task PostingRange([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/postings/{roleId}")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(PostingRange));

    [Function("Liveness")]
    public Task Liveness([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(Liveness));

    [Function("Readiness")]
    public Task Readiness([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health/ready")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(Readiness));

    [Function("MobilityOptions")]
    public Task MobilityOptions([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/mobility")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(MobilityOptions));

    [Function("SearchRoles")]
    public Task SearchRoles([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/roles")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(SearchRoles));

    [Function("RoleMobilityMap")]
    public Task RoleMobilityMap([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/roles/{id}/map")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(RoleMobilityMap));

    [Function("PlaceRoster")]
    public Task PlaceRoster([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/placements")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(PlaceRoster));

    [Function("GetPlacement")]
    public Task GetPlacement([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/placements/{employeeId}")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(GetPlacement));

    [Function("GetFramework")]
    public Task GetFramework([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/framework")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(GetFramework));

    [Function("GetEmployeeSchema")]
    public Task GetEmployeeSchema([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/schema/employee")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(GetEmployeeSchema));

    [Function("ListReleases")]
    public Task ListReleases([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/releases")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(ListReleases));

    [Function("ReloadReleases")]
    public Task ReloadReleases([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/releases/reload")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(ReloadReleases));

    [Function("ValidateRules")]
    public Task ValidateRules([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/rules/validate")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(ValidateRules));

    [Function("ListWorkflows")]
    public Task ListWorkflows([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/workflows")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(ListWorkflows));

    [Function("GetWorkflowRequestSchema")]
    public Task GetWorkflowRequestSchema([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/schema/workflows/{name}")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(GetWorkflowRequestSchema));

    [Function("EvaluateWorkflow")]
    public Task EvaluateWorkflow([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/workflows/{name}/evaluations")] HttpRequest request, FunctionContext context) =>
        routes.InvokeAsync(context, nameof(EvaluateWorkflow));
}
