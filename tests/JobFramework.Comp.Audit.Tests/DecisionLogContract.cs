using JobFramework.Comp.Audit.Tests.Support;

namespace JobFramework.Comp.Audit.Tests;

/// <summary>
/// What every decision log must do, run against each store (SQLite file, Azurite): the same appends, queries,
/// idempotency, integrity checks and replays, with the same answers.
/// </summary>
public abstract class DecisionLogContract : IAsyncLifetime
{
    private readonly List<IDecisionLog> _opened = [];

    /// <summary>Opens a writer on this test's store; several calls are several independent writers on one store.</summary>
    protected abstract IDecisionLog OpenWriter(TimeProvider? time = null);

    /// <summary>Rewrites a stored record's output behind the log's back (what a tamperer with store access can do).</summary>
    protected abstract Task AlterOutputAsync(DecisionRecord record, string output);

    /// <summary>Deletes a stored record behind the log's back.</summary>
    protected abstract Task DeleteAsync(DecisionRecord record);

    /// <summary>Swaps where two records of one chain are stored.</summary>
    protected abstract Task SwapAsync(DecisionRecord first, DecisionRecord second);

    protected IDecisionLog Log(TimeProvider? time = null)
    {
        var log = OpenWriter(time);
        _opened.Add(log);
        return log;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var log in _opened)
        {
            await log.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_appended_decision_reads_back_field_for_field_with_a_valid_hash()
    {
        var log = Log();
        var draft = Decisions.Placement("E100", key: "req-1");

        var appended = await log.AppendAsync(draft);
        var read = await log.GetAsync(appended.Record.DecisionId);

        appended.Created.ShouldBeTrue();
        read.ShouldBe(appended.Record);
        read!.HashIsValid.ShouldBeTrue();
        read.Sequence.ShouldBe(1);
        read.PreviousHash.ShouldBe(DecisionChains.Genesis);
        read.Chain.ShouldBe(DecisionChains.Of("E100"));
        read.DecisionId.ShouldBe(DecisionIds.Format(read.Chain, 1));
        (read.Kind, read.EmployeeId, read.ReleaseId, read.ReleaseHash, read.Input, read.Output, read.Caller, read.IdempotencyKey)
            .ShouldBe((DecisionKind.Placement, "E100", draft.ReleaseId, draft.ReleaseHash, draft.Input, draft.Output, "tests", "req-1"));
    }

    [Fact]
    public async Task An_unknown_or_malformed_decision_id_finds_nothing()
    {
        var log = Log();
        await log.AppendAsync(Decisions.Placement("E1"));

        (await log.GetAsync(DecisionIds.Format(DecisionChains.Of("E1"), 2))).ShouldBeNull();
        (await log.GetAsync("not-an-id")).ShouldBeNull();
    }

    [Fact]
    public async Task A_batch_links_each_chain_in_order_and_returns_results_in_draft_order()
    {
        var log = Log();
        var drafts = Enumerable.Range(0, 120).Select(i => Decisions.Placement("E" + (i % 40), 90_000m + i)).ToList();

        var results = await log.AppendBatchAsync(drafts);

        results.Count.ShouldBe(120);
        results.Select(r => r.Record.Output).ShouldBe(drafts.Select(d => d.Output));
        foreach (var chain in results.Select(r => r.Record).GroupBy(r => r.Chain))
        {
            var ordered = chain.OrderBy(r => r.Sequence).ToList();
            ordered.Select(r => r.Sequence).ShouldBe(Enumerable.Range(1, ordered.Count).Select(i => (long)i));
            for (int i = 1; i < ordered.Count; i++)
            {
                ordered[i].PreviousHash.ShouldBe(ordered[i - 1].Hash);
            }
        }

        (await ChainVerifier.VerifyAsync(log.Chains)).ShouldSatisfyAllConditions(
            report => report.Problems.ShouldBeEmpty(),
            report => report.RecordsChecked.ShouldBe(120));
    }

    [Fact]
    public async Task An_employees_decisions_page_newest_first_with_continuation_tokens()
    {
        var log = Log();
        for (int i = 0; i < 7; i++)
        {
            await log.AppendBatchAsync([Decisions.Placement("E7", 90_000m + i), Decisions.Placement("Other" + i)]);
        }

        var salaries = new List<string>();
        string? continuation = null;
        int pages = 0;
        do
        {
            var page = await log.QueryByEmployeeAsync("E7", 3, continuation);
            page.Records.ShouldAllBe(r => r.EmployeeId == "E7");
            salaries.AddRange(page.Records.Select(r => System.Text.Json.JsonDocument.Parse(r.Input).RootElement.GetProperty("employee").GetProperty("baseSalary").GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture)));
            continuation = page.Continuation;
            pages++;
        }
        while (continuation is not null);

        pages.ShouldBe(3);
        salaries.ShouldBe(["90006", "90005", "90004", "90003", "90002", "90001", "90000"]);
        (await log.QueryByEmployeeAsync("Nobody", 10)).Records.ShouldBeEmpty();
    }

    [Fact]
    public async Task Queries_by_release_and_time_return_every_match_once_across_pages()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var log = Log(clock);
        var morning = await log.AppendBatchAsync(Enumerable.Range(0, 9).Select(i => Decisions.Placement("M" + i)).ToList());
        clock.Now = clock.Now.AddHours(3);
        var noon = await log.AppendBatchAsync(Enumerable.Range(0, 5).Select(i => Decisions.Placement("N" + i) with { ReleaseId = "2026-h2" }).ToList());
        clock.Now = clock.Now.AddHours(3);
        await log.AppendAsync(Decisions.Placement("A1"));

        var byRelease = await ReadAll(c => log.QueryByReleaseAsync("2026-h2", 2, c));
        var byTime = await ReadAll(c => log.QueryByTimeAsync(clock.Now.AddHours(-6), clock.Now.AddHours(-1), 4, c));

        byRelease.Select(r => r.DecisionId).Order().ShouldBe(noon.Select(r => r.Record.DecisionId).Order());
        byTime.Select(r => r.DecisionId).Order().ShouldBe(morning.Concat(noon).Select(r => r.Record.DecisionId).Order());
    }

    [Fact]
    public async Task A_reused_idempotency_key_returns_the_original_and_writes_nothing()
    {
        var log = Log();
        var first = await log.AppendAsync(Decisions.Placement("E5", key: "retry-me"));

        var again = await log.AppendAsync(Decisions.Placement("E5", key: "retry-me"));
        var inOneBatch = await log.AppendBatchAsync([Decisions.Placement("E6", key: "k"), Decisions.Placement("E6", key: "k")]);

        again.Created.ShouldBeFalse();
        again.Record.ShouldBe(first.Record);
        inOneBatch.Select(r => r.Created).ShouldBe([true, false]);
        inOneBatch[1].Record.DecisionId.ShouldBe(inOneBatch[0].Record.DecisionId);
        (await log.QueryByEmployeeAsync("E5", 10)).Records.Count.ShouldBe(1);
        (await log.QueryByEmployeeAsync("E6", 10)).Records.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_retries_from_independent_writers_record_a_decision_once()
    {
        var writers = Enumerable.Range(0, 6).Select(_ => Log()).ToList();
        var draft = Decisions.Eligibility("E9", key: "review-42");

        var results = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => writers[i % writers.Count].AppendAsync(draft))));

        results.Count(r => r.Created).ShouldBe(1);
        results.Select(r => r.Record.DecisionId).Distinct().Count().ShouldBe(1);
        (await writers[0].QueryByEmployeeAsync("E9", 10)).Records.Count.ShouldBe(1);
        (await ChainVerifier.VerifyAsync(writers[0].Chains)).Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Concurrent_writers_on_one_chain_keep_it_unbroken()
    {
        var writers = Enumerable.Range(0, 4).Select(_ => Log()).ToList();
        var sameChain = Enumerable.Range(0, 400).Select(i => "W" + i).Where(id => DecisionChains.Of(id) == 3).Take(10).ToList();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => writers[i % writers.Count].AppendAsync(Decisions.Placement(sameChain[i % sameChain.Count], 90_000m + i)))));

        var report = await ChainVerifier.VerifyAsync(writers[0].Chains);
        report.Problems.ShouldBeEmpty();
        report.RecordsChecked.ShouldBe(40);
    }

    [Fact]
    public async Task A_key_reused_for_a_different_request_is_refused_and_nothing_is_written()
    {
        var log = Log();
        await log.AppendAsync(Decisions.Placement("E8", 90_000m, key: "k1"));

        var error = await Should.ThrowAsync<IdempotencyConflictException>(() => log.AppendAsync(Decisions.Placement("E8", 95_000m, key: "k1")));

        error.Message.ShouldContain("k1");
        (await log.QueryByEmployeeAsync("E8", 10)).Records.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_batch_with_an_unrecordable_draft_records_nothing()
    {
        var log = Log();
        await log.AppendAsync(Decisions.Placement("E0"));
        var oversized = Decisions.Placement("E2") with { Output = new string('x', 40_000) };

        await Should.ThrowAsync<ArgumentException>(() => log.AppendBatchAsync([Decisions.Placement("E1"), oversized]));

        (await ChainVerifier.VerifyAsync(log.Chains)).RecordsChecked.ShouldBe(1);
    }

    [Fact]
    public async Task Verify_finds_an_altered_record_and_says_where_it_is()
    {
        var log = Log();
        var records = (await log.AppendBatchAsync(Enumerable.Range(0, 3).Select(i => Decisions.Placement("T1", 90_000m + i)).ToList())).Select(r => r.Record).ToList();

        await AlterOutputAsync(records[1], records[1].Output.Replace("\"position\":\"", "\"position\":\"x", StringComparison.Ordinal));
        var report = await ChainVerifier.VerifyAsync(log.Chains);

        report.Clean.ShouldBeFalse();
        var problem = report.Problems.ShouldHaveSingleItem();
        problem.DecisionId.ShouldBe(records[1].DecisionId);
        problem.Message.ShouldStartWith("altered");
        problem.Location.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Verify_finds_a_deleted_record_in_the_middle_and_at_the_end()
    {
        var log = Log();
        var records = (await log.AppendBatchAsync(Enumerable.Range(0, 4).Select(i => Decisions.Placement("T2", 90_000m + i)).ToList())).Select(r => r.Record).ToList();

        await DeleteAsync(records[1]);
        await DeleteAsync(records[3]);
        var report = await ChainVerifier.VerifyAsync(log.Chains);

        report.Problems.Select(p => (p.Sequence, p.Message.Split(':')[0])).ShouldBe([(4L, "missing"), (2L, "missing")]);
        string Id(int i) => records[i].DecisionId;
        int chain = records[0].Chain;
        report.Problems[0].Location.ShouldBe($"chain {chain}, between the chain head and record 3 ({Id(2)})");
        report.Problems[0].Message.ShouldBe($"missing: record 4 ({Id(3)}) is not in the store (deleted)");
        report.Problems[1].Location.ShouldBe($"chain {chain}, between record 3 ({Id(2)}) and record 1 ({Id(0)})");
        report.Problems[1].Message.ShouldBe($"missing: record 2 ({Id(1)}) is not in the store (deleted)");
    }

    [Fact]
    public async Task Verify_finds_reordered_records()
    {
        var log = Log();
        var records = (await log.AppendBatchAsync(Enumerable.Range(0, 3).Select(i => Decisions.Placement("T3", 90_000m + i)).ToList())).Select(r => r.Record).ToList();

        await SwapAsync(records[0], records[1]);
        var report = await ChainVerifier.VerifyAsync(log.Chains);

        report.Clean.ShouldBeFalse();
        report.Problems.ShouldContain(p => p.Chain == records[0].Chain && p.Sequence <= 2);
    }

    [Fact]
    public async Task A_recorded_decision_replays_identically_and_a_doctored_one_shows_the_difference()
    {
        var log = Log();
        var honest = (await log.AppendAsync(Decisions.Eligibility("R1"))).Record;
        var placement = Decisions.Placement("R2", 98_000m);
        var doctored = (await log.AppendAsync(placement with { Output = placement.Output.Replace("\"position\":\"within\"", "\"position\":\"above\"", StringComparison.Ordinal) })).Record;
        var catalog = Releases.ReleaseCatalog.Load(Repository.Rules);

        var same = DecisionReplayer.Replay((await log.GetAsync(honest.DecisionId))!, catalog);
        var different = DecisionReplayer.Replay((await log.GetAsync(doctored.DecisionId))!, catalog);

        same.Error.ShouldBeNull();
        same.Identical.ShouldBeTrue();
        different.Identical.ShouldBeFalse();
        different.Differences.ShouldBe([new JsonDifference("/position", "\"above\"", "\"within\"")]);
    }

    private static async Task<List<DecisionRecord>> ReadAll(Func<string?, Task<DecisionPage>> query)
    {
        var all = new List<DecisionRecord>();
        string? continuation = null;
        do
        {
            var page = await query(continuation);
            all.AddRange(page.Records);
            continuation = page.Continuation;
        }
        while (continuation is not null);

        all.Select(r => r.DecisionId).ShouldBeUnique();
        return all;
    }
}
