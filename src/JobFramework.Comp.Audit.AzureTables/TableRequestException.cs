namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>
/// The Table service refused a request: the HTTP status, the service's error code (EntityAlreadyExists,
/// UpdateConditionNotSatisfied, TableNotFound…) and, for a transaction, the index of the failed operation.
/// </summary>
public sealed class TableRequestException : Exception
{
    public TableRequestException(int status, string? errorCode, string message, int? failedOperation = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
        ErrorCode = errorCode;
        FailedOperation = failedOperation;
    }

    public TableRequestException()
    {
    }

    public TableRequestException(string message)
        : base(message)
    {
    }

    public TableRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Status { get; }

    public string? ErrorCode { get; }

    public int? FailedOperation { get; }
}
