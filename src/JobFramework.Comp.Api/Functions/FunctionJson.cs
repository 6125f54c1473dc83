using System.Text;
using System.Text.Json;

namespace JobFramework.Comp.Api.Functions;

/// <summary>
/// Writes the deployable function folders: <c>&lt;Name&gt;/function.json</c> per function, byte for byte the
/// same for the same route table. HTTP functions use the app's own route (host.json sets an empty route
/// prefix), so the Functions host proxies <c>/api/eligibility</c> to <c>/api/eligibility</c>.
/// </summary>
public static class FunctionJson
{
    public static string Render(FunctionDefinition function)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("bindings");
            switch (function)
            {
                case HttpFunction http:
                    json.WriteStartObject();
                    json.WriteString("type", "httpTrigger");
                    json.WriteString("direction", "in");
                    json.WriteString("name", "req");
                    json.WriteString("authLevel", http.Anonymous ? "anonymous" : "function");
                    json.WriteString("route", http.Route);
                    json.WriteStartArray("methods");
                    foreach (var method in http.Methods)
                    {
                        json.WriteStringValue(method);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                    json.WriteStartObject();
                    json.WriteString("type", "http");
                    json.WriteString("direction", "out");
                    json.WriteString("name", "res");
                    json.WriteEndObject();
                    break;
                case TimerFunction timer:
                    json.WriteStartObject();
                    json.WriteString("type", "timerTrigger");
                    json.WriteString("direction", "in");
                    json.WriteString("name", "timer");
                    json.WriteString("schedule", timer.Schedule);
                    json.WriteEndObject();
                    break;
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Writes every function's folder under <paramref name="appRoot"/>; returns the folders written.</summary>
    public static IReadOnlyList<string> WriteAll(IEnumerable<FunctionDefinition> functions, string appRoot)
    {
        var written = new List<string>();
        foreach (var function in functions)
        {
            string folder = Path.Combine(appRoot, function.Name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "function.json"), Render(function), new UTF8Encoding(false));
            written.Add(folder);
        }

        return written;
    }
}
