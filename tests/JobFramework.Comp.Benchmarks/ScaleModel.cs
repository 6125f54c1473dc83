using System.Globalization;

namespace JobFramework.Comp.Benchmarks;

/// <summary>
/// The scale model behind docs/scale.md: for 10k, 100k and 1M employees, the audit's writes per partition and per
/// account against the documented Table Storage targets, during a review-cycle peak and a payroll batch; the
/// Functions instances the peak needs at a measured per-instance throughput; and the cost per million decisions at
/// the prices given. Every input is an argument, so the model can be rerun with a new measurement or price:
/// <c>dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- scale-model [requestsPerInstance] [storagePricePer10k] [gbSecondPrice] [executionPricePerMillion]</c>.
/// </summary>
internal static class ScaleModel
{
    // Documented targets (learn.microsoft.com, "Scalability and performance targets for Table storage"), 1 KiB entities.
    private const double PartitionEntitiesPerSecond = 2_000;
    private const double AccountTransactionsPerSecond = 20_000;

    // The key design (docs/audit.md): 32 chains, one partition each; a decision writes its record and an index row,
    // and every transaction replaces its chain's head: at most 49 decisions (98 rows + the head) per transaction.
    private const int Partitions = 32;
    private const int RowsPerDecision = 2;
    private const int DecisionsPerBatchTransaction = 49;

    // The workload assumed: every employee's eligibility checked once in a review cycle whose busiest hour carries a
    // fifth of it; every employee placed once by payroll in a 30-minute batch.
    private const double ReviewShareInPeakHour = 0.2;
    private const double PayrollWindowSeconds = 30 * 60;
    private const double InstanceMemoryGb = 2;

    public static int Run(string[] args)
    {
        double perInstance = Argument(args, 1, 0);
        double storagePer10k = Argument(args, 2, 0.00036);
        double gbSecond = Argument(args, 3, 0.000026);
        double perMillionExecutions = Argument(args, 4, 0.40);
        if (perInstance <= 0)
        {
            Console.Error.WriteLine("Give the measured requests per second of one instance (load-eligibility reports it) as the first argument.");
            return 2;
        }

        Console.WriteLine(Invariant($"Inputs: {perInstance:N0} requests/s per instance (measured), {Partitions} partitions, {RowsPerDecision} rows per decision + 1 head per transaction; targets {PartitionEntitiesPerSecond:N0} entities/s per partition, {AccountTransactionsPerSecond:N0} transactions/s per account."));
        Console.WriteLine();
        Console.WriteLine("| employees | review peak: decisions/s | entities/s per partition (of 2,000) | transactions/s (of 20,000) | instances | payroll batch: decisions/s | entities/s per partition | transactions/s |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (int employees in new[] { 10_000, 100_000, 1_000_000 })
        {
            // Review tooling asks one decision per request: one transaction of record, index row and head.
            double review = employees * ReviewShareInPeakHour / 3600;
            double reviewEntities = review * (RowsPerDecision + 1) / Partitions;
            double reviewTransactions = review;
            int instances = (int)Math.Ceiling(review / perInstance);

            // Payroll streams a roster: the log batches each chain's decisions into transactions of up to 49.
            double payroll = employees / PayrollWindowSeconds;
            double payrollEntities = payroll * (RowsPerDecision + (1.0 / DecisionsPerBatchTransaction)) / Partitions;
            double payrollTransactions = payroll / DecisionsPerBatchTransaction;
            Console.WriteLine(Invariant($"| {employees:N0} | {review:N1} | {reviewEntities:N1} ({reviewEntities / PartitionEntitiesPerSecond:P1}) | {reviewTransactions:N1} ({reviewTransactions / AccountTransactionsPerSecond:P2}) | {instances} | {payroll:N1} | {payrollEntities:N1} ({payrollEntities / PartitionEntitiesPerSecond:P1}) | {payrollTransactions:N1} |"));
        }

        // Where the targets would bind: single decisions are one transaction of three rows each.
        double partitionCeiling = PartitionEntitiesPerSecond * Partitions / (RowsPerDecision + 1);
        Console.WriteLine();
        Console.WriteLine(Invariant($"Ceilings for decisions asked one at a time: {AccountTransactionsPerSecond:N0}/s by the account target, {partitionCeiling:N0}/s by the partition target (spread evenly over {Partitions} partitions), {perInstance:N0}/s per instance."));

        // A million single decisions: a million transactions, a million executions, and the instance time they take.
        double storage = 1_000_000 / 10_000.0 * storagePer10k;
        double compute = 1_000_000 / perInstance * InstanceMemoryGb * gbSecond;
        double executions = perMillionExecutions;
        Console.WriteLine();
        Console.WriteLine(Invariant($"Cost per million decisions asked one at a time, at the prices given (Table transactions {storagePer10k} per 10,000; Flex Consumption {gbSecond} per GB-s on {InstanceMemoryGb} GB instances; {perMillionExecutions} per million executions):"));
        Console.WriteLine(Invariant($"  storage transactions {storage:F4} + instance time {compute:F4} + executions {executions:F4} = {storage + compute + executions:F4}"));
        return 0;
    }

    private static double Argument(string[] args, int index, double fallback) =>
        args.Length > index ? double.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
