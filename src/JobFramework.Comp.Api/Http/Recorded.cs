using JobFramework.Comp.Audit;

namespace JobFramework.Comp.Api.Http;

/// <summary>
/// The rule that no decision leaves unaudited: append first, answer second. An unavailable log is a 503
/// with no decision; a reused idempotency key is the original decision (flagged), or a 409 when the key
/// was used for a different request.
/// </summary>
public static class Recorded
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public static async Task<IResult> AppendAsync(IDecisionLog log, DecisionDraft draft, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!AuditLimits.InputFits(draft))
        {
            return ApiProblems.Invalid("employee", Diagnostics.Messages.RecordTooLarge(draft.Input.Length, AuditLimits.MaxPayloadChars));
        }

        AppendResult appended;
        try
        {
            appended = await log.AppendAsync(draft, cancellationToken).ConfigureAwait(false);
        }
        catch (IdempotencyConflictException e)
        {
            return ApiProblems.Status(StatusCodes.Status409Conflict, "The idempotency key was used for a different request.", e.Message);
        }
        catch (AuditStoreException e)
        {
            return ApiProblems.AuditUnavailable(e.Message);
        }

        if (!appended.Created)
        {
            response.Headers[ReplayedHeader] = "true";
        }

        return DecisionJson.Result(appended.Record);
    }
}
