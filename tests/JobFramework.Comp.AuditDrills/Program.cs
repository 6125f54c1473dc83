using JobFramework.Comp.AuditDrills;

// Usage: dotnet run --project tests/JobFramework.Comp.AuditDrills -- tamper <store> <decisionId> [table]
if (args.Length < 3 || args[0] != "tamper")
{
    Console.Error.WriteLine("usage: tamper <sqlite file or connection string> <decisionId> [table]");
    return 2;
}

string output = await Tamper.RecordAsync(args[1], args[2], args.Length > 3 ? args[3] : "decisions");
Console.WriteLine($"decision {args[2]} now says: {output}");
Console.WriteLine("(its stored hash was left as it was; run 'comp audit verify')");
return 0;
