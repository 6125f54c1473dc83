using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Audit.Sqlite;

namespace JobFramework.Comp.Api.Tests.Faults;

/// <summary>
/// The service process killed (SIGKILL) in the middle of a streamed placement, then restarted on the same
/// audit log and sent every row again, as the documented retry rule says: no row is lost, no employee is
/// recorded twice, and every placement answered before the crash comes back with its original decision id.
/// </summary>
public sealed class PlacementStreamCrashTests : IDisposable
{
    private const int Rows = 20_000;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Killing_the_service_mid_stream_then_resending_every_row_loses_and_duplicates_nothing()
    {
        string store = _folder.File("audit.db");
        var answeredBeforeCrash = new ConcurrentDictionary<string, string>();
        using (var service = await ServiceProcess.StartAsync(store))
        {
            int killed = 0;
            try
            {
                await PostRosterAsync(service, line =>
                {
                    if (Placement(line) is { } placed)
                    {
                        answeredBeforeCrash[placed.EmployeeId] = placed.DecisionId;
                    }

                    // Well into the stream: several recording batches answered, many rows still on their way.
                    if (answeredBeforeCrash.Count >= 3_000 && Interlocked.Exchange(ref killed, 1) == 0)
                    {
                        service.Kill();
                    }
                });
            }
            catch (Exception e) when (e is IOException or SocketException)
            {
                // The connection died with the service: expected.
            }

            killed.ShouldBe(1, "the service should have been killed mid-stream");
        }

        answeredBeforeCrash.Count.ShouldBeLessThan(Rows);
        long recordedBeforeRetry = await CountRecords(store);
        recordedBeforeRetry.ShouldBeGreaterThanOrEqualTo(answeredBeforeCrash.Count, "every answered placement was recorded before it was answered");

        var answeredOnRetry = new ConcurrentDictionary<string, (string DecisionId, bool Replayed)>();
        string? summary = null;
        using (var service = await ServiceProcess.StartAsync(store))
        {
            await PostRosterAsync(service, line =>
            {
                if (Placement(line) is { } placed)
                {
                    answeredOnRetry[placed.EmployeeId] = (placed.DecisionId, placed.Replayed);
                }
                else if (line.Contains("\"summary\"", StringComparison.Ordinal))
                {
                    summary = line;
                }
            });
        }

        answeredOnRetry.Count.ShouldBe(Rows);
        summary.ShouldNotBeNull();
        using (var json = JsonDocument.Parse(summary))
        {
            var counts = json.RootElement.GetProperty("summary");
            counts.GetProperty("complete").GetBoolean().ShouldBeTrue();
            counts.GetProperty("replayed").GetInt64().ShouldBe(recordedBeforeRetry);
        }

        foreach (var (employee, decision) in answeredBeforeCrash)
        {
            answeredOnRetry[employee].ShouldBe((decision, true), employee);
        }

        await using var log = SqliteDecisionLog.Open(store);
        var report = await ChainVerifier.VerifyAsync(log.Chains);
        report.Clean.ShouldBeTrue(string.Join("; ", report.Problems.Take(3).Select(p => p.Message)));
        report.RecordsChecked.ShouldBe(Rows, "one record per distinct row: none lost, none twice");
        answeredOnRetry.Values.Select(v => v.DecisionId).Distinct().Count().ShouldBe(Rows);
    }

    private static Task<(int Status, long Lines, string LastLine)> PostRosterAsync(ServiceProcess service, Action<string> onLine) =>
        DuplexUpload.PostAsync(
            service.BaseAddress, "/api/placements?asOf=2026-03-01", "application/x-ndjson",
            new Dictionary<string, string> { ["X-Api-Key"] = ServiceProcess.KeyPrefix + "payroll" },
            async body =>
            {
                var text = new StringBuilder();
                for (int i = 0; i < Rows; i++)
                {
                    text.Append(CultureInfo.InvariantCulture, $$"""{"id":"K{{i:D5}}","family":"data","track":"ic","level":3,"region":"sg","baseSalary":{{80000 + (i % 500) * 100}}}""").Append('\n');
                    if (text.Length > 32 * 1024)
                    {
                        await body.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()));
                        text.Clear();
                    }
                }

                await body.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()));
            },
            onLine);

    private static (string EmployeeId, string DecisionId, bool Replayed)? Placement(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return root.TryGetProperty("decisionId", out var id)
            ? (root.GetProperty("employeeId").GetString()!, id.GetString()!, root.TryGetProperty("replayed", out var replayed) && replayed.GetBoolean())
            : null;
    }

    private static async Task<long> CountRecords(string store)
    {
        await using var log = SqliteDecisionLog.Open(store);
        return (await ChainVerifier.VerifyAsync(log.Chains)).RecordsChecked;
    }
}
