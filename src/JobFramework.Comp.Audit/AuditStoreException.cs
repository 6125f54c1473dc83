namespace JobFramework.Comp.Audit;

/// <summary>
/// The store could not do what was asked: unreachable, timed out, misconfigured, or its data is not what
/// this version expects. The message says what happened and, where there is one, how to fix it. Nothing
/// of the failed call was recorded.
/// </summary>
public sealed class AuditStoreException : Exception
{
    public AuditStoreException(string message)
        : base(message)
    {
    }

    public AuditStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AuditStoreException()
    {
    }
}

/// <summary>An idempotency key reused for a different decision: a caller bug, reported instead of silently answering with the wrong record.</summary>
public sealed class IdempotencyConflictException : Exception
{
    public IdempotencyConflictException(string message)
        : base(message)
    {
    }

    public IdempotencyConflictException()
    {
    }

    public IdempotencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
