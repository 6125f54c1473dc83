using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Api.Contract;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Api.Http;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace JobFramework.Comp.Api.Endpoints;

/// <summary>
/// Payroll's endpoints. <c>POST /api/placements</c> takes a roster as NDJSON (one employee per line) or a
/// JSON array and streams one NDJSON line back per row — the placement with its decision id, or the row's
/// errors inline — then a summary line. Rows are recorded in batches before their lines are written, so
/// every placement the caller sees is in the audit log; memory stays flat however long the roster is.
/// <c>GET /api/placements/{employeeId}</c> returns the recorded placement.
/// </summary>
public static class PlacementEndpoints
{
    public const string NdjsonType = "application/x-ndjson";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/placements", PlaceAsync)
            .RequireRoles(Roles.Payroll)
            .AcceptsQuery("asOf")
            .DocumentsBody<IReadOnlyList<EmployeeInput>>(MediaTypes.Json, NdjsonType, MediaTypes.JsonLines)
            .Produces<Stream>(StatusCodes.Status200OK, NdjsonType)
            .WithDescription("The answer streams as NDJSON while the roster is still arriving: one PlacementStreamLine per row (a placement with its decisionId, or the row's errors), then the summary line. Send rows again after a failure with the same asOf: recorded rows answer with \"replayed\": true and are not recorded twice.")
            .ProducesProblems(400, 413, 415, 503)
            .WithName("PlaceRoster")
            .WithSummary("Places a roster batch (NDJSON or JSON array); streams placements and per-row errors as NDJSON.");
        app.MapGet("/api/placements/{employeeId}", GetAsync)
            .RequireRoles(Roles.Payroll)
            .AcceptsQuery("asOf")
            .Produces<RecordedDecision>(StatusCodes.Status200OK)
            .ProducesProblems(400, 404, 503)
            .WithName("GetPlacement")
            .WithSummary("The latest recorded placement of an employee (for an as-of date when given).");
    }

    private static async Task PlaceAsync(HttpContext context, ReleaseSet releases, IDecisionLog log, IOptions<ServiceSettings> settings, TimeProvider time, string? asOf, CancellationToken cancellationToken)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = settings.Value.MaxBatchBytes;
        }

        string[] accepted = [NdjsonType, MediaTypes.JsonLines, MediaTypes.Json];
        if (!MediaTypes.Matches(context.Request.ContentType, accepted, out var mediaType))
        {
            await MediaTypes.Unsupported(context.Request, accepted).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        DateOnly date = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (asOf is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            await ApiProblems.Invalid("asOf", "must be a date in the form YYYY-MM-DD").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var release = releases.InEffectOn(date, out var reason);
        if (release is null)
        {
            await ApiProblems.Invalid("asOf", reason!).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var batch = new PlacementBatch(releases.EvaluatorFor(release, date), release, date, context.User.Identity?.Name);
        var rows = mediaType == MediaTypes.Json ? RosterStream.ArrayItems(context.Request.Body, cancellationToken) : RosterStream.Lines(context.Request.Body, cancellationToken);
        bool started = false;
        try
        {
            await foreach (var row in rows.ConfigureAwait(false))
            {
                batch.Add(row);
                if (batch.IsFull)
                {
                    started = await FlushAsync(context, batch, log, started, cancellationToken).ConfigureAwait(false);
                }
            }

            started = await FlushAsync(context, batch, log, started, cancellationToken).ConfigureAwait(false);
            await WriteLineAsync(context.Response, batch.Summary(error: null)).ConfigureAwait(false);
        }
        catch (JsonException e) when (!started)
        {
            await ApiProblems.Invalid("$", $"The body is not a valid JSON array of employees: {e.Message.Split(" LineNumber", 2)[0]}").ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (AuditStoreException e) when (!started)
        {
            await ApiProblems.AuditUnavailable(e.Message).ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (!started)
        {
            // The server refused the body itself (over the batch limit, a broken chunk).
            await ApiProblems.Status(e.StatusCode, "The body could not be read.", e.Message).ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (Exception e) when (started && e is JsonException or AuditStoreException or BadHttpRequestException)
        {
            // The status line is gone: the last line says why the stream stops, after the last recorded
            // placement, and how to finish (the rows without an answer were not recorded; send them again).
            await WriteLineAsync(context.Response, batch.Summary(e.Message)).ConfigureAwait(false);
        }
    }

    private static async Task<bool> FlushAsync(HttpContext context, PlacementBatch batch, IDecisionLog log, bool started, CancellationToken cancellationToken)
    {
        var lines = await batch.RecordAsync(log, cancellationToken).ConfigureAwait(false);
        if (!started)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = NdjsonType;
        }

        foreach (var line in lines)
        {
            await WriteLineAsync(context.Response, line).ConfigureAwait(false);
        }

        await context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static async Task WriteLineAsync(HttpResponse response, string line) =>
        await response.WriteAsync(line + "\n", Encoding.UTF8).ConfigureAwait(false);

    private static async Task<IResult> GetAsync(string employeeId, string? asOf, IDecisionLog log, CancellationToken cancellationToken)
    {
        if (EmployeeFields.IdentifierProblem("employeeId", employeeId) is { } problem)
        {
            return ApiProblems.Invalid("employeeId", problem);
        }

        DateOnly? date = null;
        if (asOf is not null)
        {
            if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return ApiProblems.Invalid("asOf", "must be a date in the form YYYY-MM-DD");
            }

            date = parsed;
        }

        try
        {
            string? continuation = null;
            do
            {
                var page = await log.QueryByEmployeeAsync(employeeId, 100, continuation, cancellationToken).ConfigureAwait(false);
                var found = page.Records.FirstOrDefault(r => r.Kind == DecisionKind.Placement && (date is null || r.AsOf == date));
                if (found is not null)
                {
                    return DecisionJson.Result(found);
                }

                continuation = page.Continuation;
            }
            while (continuation is not null);
        }
        catch (AuditStoreException e)
        {
            return ApiProblems.AuditUnavailable(e.Message);
        }

        return ApiProblems.NotFound($"No placement of employee '{employeeId}' is recorded{(date is null ? "" : " as of " + asOf)}.");
    }

    /// <summary>Rows waiting to be recorded, and the lines they will answer with.</summary>
    private sealed class PlacementBatch(Evaluator evaluator, CompiledRelease release, DateOnly asOf, string? caller)
    {
        private const int Size = 1600;
        private readonly List<(long Line, string? EmployeeId, DecisionDraft? Draft, IReadOnlyList<InputError> Errors)> _rows = [];

        public long Placed { get; private set; }

        public long Replayed { get; private set; }

        public long Rejected { get; private set; }

        public bool IsFull => _rows.Count >= Size;

        /// <summary>
        /// Reads, checks and places one row; a row that fails any step becomes an error line, never an exception.
        /// Its idempotency key comes from its content (<see cref="ContentKeys"/>): a row sent again after a crash
        /// is answered with the decision already recorded for it.
        /// </summary>
        public void Add(RosterItem item)
        {
            if (item.Problem is not null)
            {
                _rows.Add((item.Line, null, null, [new InputError("$", item.Problem)]));
                return;
            }

            var read = EmployeeReader.Read(item.Json.Span, release.Framework);
            var placement = read.Succeeded ? evaluator.Place(read.Value!) : EvaluationResult<Placement>.Fail(read.Errors);
            string? employeeId = read.Value?.Id;
            if (!placement.Succeeded)
            {
                _rows.Add((item.Line, employeeId, null, placement.Errors));
                return;
            }

            var draft = ContentKeys.Keyed(
                DecisionKind.Placement, read.Value!.Id, asOf, release.Id, release.ContentHash,
                DecisionPayloads.Input(read.Value), DecisionPayloads.Output(placement.Value), caller);
            if (!AuditLimits.InputFits(draft))
            {
                _rows.Add((item.Line, employeeId, null, [new InputError("$", Diagnostics.Messages.RecordTooLarge(draft.Input.Length, AuditLimits.MaxPayloadChars))]));
                return;
            }

            _rows.Add((item.Line, employeeId, draft, []));
        }

        public async Task<List<string>> RecordAsync(IDecisionLog log, CancellationToken cancellationToken)
        {
            var drafts = _rows.Where(r => r.Draft is not null).Select(r => r.Draft!).ToList();
            var recorded = drafts.Count == 0 ? [] : await log.AppendBatchAsync(drafts, cancellationToken).ConfigureAwait(false);
            var lines = new List<string>(_rows.Count);
            int next = 0;
            foreach (var row in _rows)
            {
                if (row.Draft is null)
                {
                    Rejected++;
                    lines.Add(ErrorLine(row.Line, row.EmployeeId, row.Errors));
                }
                else
                {
                    var appended = recorded[next++];
                    Placed++;
                    if (!appended.Created)
                    {
                        Replayed++;
                    }

                    lines.Add(PlacementLine(row.Line, appended));
                }
            }

            _rows.Clear();
            return lines;
        }

        /// <summary>The stream's last line: counts, the release, and — when it stopped early — why.</summary>
        public string Summary(string? error) => Line(json =>
        {
            json.WriteStartObject("summary");
            json.WriteNumber("placed", Placed);
            json.WriteNumber("replayed", Replayed);
            json.WriteNumber("rejected", Rejected);
            json.WriteBoolean("complete", error is null);
            if (error is not null)
            {
                json.WriteString("error", error);
                json.WriteString("retry", "Rows without a line above were not recorded. Send them again (or the whole roster) with the same asOf: rows already recorded come back with their original decision and \"replayed\": true.");
            }

            json.WriteString("release", release.Id);
            json.WriteString("contentHash", release.ContentHash);
            json.WriteString("asOf", ReleaseSet.Format(asOf));
            json.WriteEndObject();
        });

        private static string PlacementLine(long line, AppendResult appended) => Line(json =>
        {
            var record = appended.Record;
            json.WriteNumber("line", line);
            json.WriteString("employeeId", record.EmployeeId);
            json.WriteString("decisionId", record.DecisionId);
            if (!appended.Created)
            {
                json.WriteBoolean("replayed", true);
            }

            json.WritePropertyName("placement");
            json.WriteRawValue(record.Output, skipInputValidation: true);
        });

        private static string ErrorLine(long line, string? employeeId, IReadOnlyList<InputError> errors) => Line(json =>
        {
            json.WriteNumber("line", line);
            json.WriteString("employeeId", employeeId);
            json.WriteStartArray("errors");
            foreach (var error in errors)
            {
                json.WriteStartObject();
                json.WriteString("field", error.Field);
                json.WriteString("message", error.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

        private static string Line(Action<Utf8JsonWriter> body)
        {
            var buffer = new ArrayBufferWriter<byte>(512);
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                body(json);
                json.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
    }
}
