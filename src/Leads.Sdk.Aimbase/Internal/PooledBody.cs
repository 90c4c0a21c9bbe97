using System.Buffers;

namespace Leads.Sdk.Aimbase.Internal;

/// <summary>
/// Reads a response body into a rented buffer, so parsing it costs no body-sized allocation
/// (<see cref="HttpContent.ReadAsByteArrayAsync()"/> copies the body once more into a new array).
/// </summary>
internal static class PooledBody
{
    private const int InitialSize = 4096;

    /// <summary>Reads <paramref name="content"/> to its end; give the buffer back with <see cref="Return"/>.</summary>
    public static async ValueTask<(byte[] Buffer, int Length)> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
        var length = 0;
        try
        {
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }

            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Gives back a buffer from <see cref="ReadAsync"/>.</summary>
    public static void Return(byte[] buffer) => ArrayPool<byte>.Shared.Return(buffer);
}
