using System.Buffers;
using System.Text;
using System.Text.Json;

namespace JobFramework.Comp.Json;

/// <summary>JSON written with a <see cref="Utf8JsonWriter"/> straight to a string: the canonical payloads of decisions.</summary>
public static class JsonText
{
    public static string Write(Action<Utf8JsonWriter> body, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            body(json);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
