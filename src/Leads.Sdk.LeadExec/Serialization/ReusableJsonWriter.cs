using System.Buffers;
using System.Text.Json;

namespace Leads.Sdk.LeadExec.Serialization;

/// <summary>
/// Writes a JSON body with a <see cref="Utf8JsonWriter"/> and buffer kept per thread, as System.Text.Json does
/// internally, so a body costs one exact-size array.
/// </summary>
internal static class ReusableJsonWriter
{
    private const int MaxRetainedBytes = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static byte[] Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        try
        {
            write(writer, state);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            if (buffer.Capacity > MaxRetainedBytes)
            {
                // A very large body: let its buffer go rather than keep it for the thread's lifetime.
                t_buffer = null;
                t_writer = null;
            }
            else
            {
                buffer.ResetWrittenCount();
            }

            writer.Reset();
        }
    }
}
