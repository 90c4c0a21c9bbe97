using System.Runtime.CompilerServices;
using Refit;

namespace Leads.Sdk.Http;

/// <summary>Creates the packages' internal Refit interfaces the trim-safe way (source-generated only, no reflection fallback).</summary>
internal static class LeadsRefit
{
    // One settings instance per API (descriptors are static), not one per client: DI creates clients per resolution.
    private static readonly ConditionalWeakTable<LeadsApiDescriptor, RefitSettings> Settings = new();

    /// <summary>Creates the source-generated implementation of <typeparamref name="TApi"/> over <paramref name="httpClient"/>.</summary>
    /// <typeparam name="TApi">The Refit interface.</typeparam>
    /// <param name="httpClient">The configured client (from <see cref="IHttpClientFactory"/> or the caller).</param>
    /// <param name="api">The API, named in the <see cref="LeadsTransportException"/> for a transport failure.</param>
    public static TApi Create<TApi>(HttpClient httpClient, LeadsApiDescriptor api)
        where TApi : class
    {
        ArgumentNullException.ThrowIfNull(api);
        return RestService.ForGenerated<TApi>(httpClient, Settings.GetValue(api, CreateSettings));
    }

    // Refit 16 wraps every exception from HttpClient.SendAsync in ApiRequestException. Instead: the DI pipeline's
    // LeadsTransportException (and any other SDK exception) reaches the caller unchanged, and a raw transport failure
    // (a client built without DI, or HttpClient's own timeout) is mapped the same way the pipeline maps it.
    private static RefitSettings CreateSettings(LeadsApiDescriptor api)
        => new() { TransportExceptionFactory = (request, exception, cancellationToken) => LeadsTransportErrors.Translate(api, request, exception, cancellationToken) };
}
