using System.Net;

namespace Leads.Sdk.Tests.Shared;

/// <summary>A body whose connection breaks while it is read, as a reset mid-response does.</summary>
internal sealed class BrokenBodyContent : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        => Task.FromException(new IOException("The connection was reset by the peer."));

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
