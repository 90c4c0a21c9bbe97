using System.Net;

namespace Leads.Sdk.Core.Tests.TestSupport;

/// <summary>A body whose connection breaks while it is read, as a reset mid-response does.</summary>
public sealed class BrokenBodyContent : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        => Task.FromException(new IOException("The connection was reset by the peer."));

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
