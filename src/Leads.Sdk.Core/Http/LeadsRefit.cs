using Refit;

namespace Leads.Sdk.Http;

/// <summary>Creates the packages' internal Refit interfaces the trim-safe way (source-generated only, no reflection fallback).</summary>
public static class LeadsRefit
{
    // Refit 16 wraps every exception from HttpClient.SendAsync in ApiRequestException; the pipeline's
    // TransportErrorHandler already throws LeadsTransportException, which must reach the caller unchanged.
    private static readonly RefitSettings Settings = new() { TransportExceptionFactory = (_, exception, _) => exception };

    /// <summary>Creates the source-generated implementation of <typeparamref name="TApi"/> over <paramref name="httpClient"/>.</summary>
    /// <typeparam name="TApi">The Refit interface.</typeparam>
    /// <param name="httpClient">The configured client (from <see cref="IHttpClientFactory"/> or the caller).</param>
    public static TApi Create<TApi>(HttpClient httpClient)
        where TApi : class
        => RestService.ForGenerated<TApi>(httpClient, Settings);
}
