using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace Leads.Sdk.Http;

/// <summary>
/// The one place that builds a Leads client's HTTP pipeline, for the DI registration and for the clients built from
/// their options alone, so both behave the same: diagnostics → transport-error mapping → resilience (total timeout,
/// retries, circuit breaker, attempt timeout) → response size cap → the API's authentication → redirect guard →
/// one request on the wire per attempt → a primary handler that never follows redirects.
/// </summary>
internal static class LeadsHttpPipeline
{
    /// <summary>How long a pooled connection lives, so DNS changes are seen by long-lived clients.</summary>
    public static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);

    private static readonly string UserAgent = "Leads.Sdk/" + LeadsTelemetry.Version;

    /// <summary>The primary handler of every Leads client: redirects off, connections recycled, one request per attempt.</summary>
    public static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = PooledConnectionLifetime,
        PlaintextStreamFilter = SingleWireRequestStream.Filter,
    };

    /// <summary>
    /// Makes a primary handler that someone else configured as safe as it can be made: automatic redirects off on a
    /// <see cref="SocketsHttpHandler"/> or <see cref="HttpClientHandler"/>, and the one-request-per-attempt stream on a
    /// <see cref="SocketsHttpHandler"/> that has no stream filter. A handler already used cannot be changed; then
    /// <see cref="RedirectGuardHandler"/> still refuses any answer obtained by following a redirect.
    /// </summary>
    public static void Secure(HttpMessageHandler primary)
    {
        try
        {
            switch (primary)
            {
                case SocketsHttpHandler sockets:
                    if (sockets.AllowAutoRedirect)
                    {
                        sockets.AllowAutoRedirect = false;
                    }

                    sockets.PlaintextStreamFilter ??= SingleWireRequestStream.Filter;
                    break;
                case HttpClientHandler client when client.AllowAutoRedirect:
                    client.AllowAutoRedirect = false;
                    break;
            }
        }
        catch (InvalidOperationException)
        {
            // The handler has already sent requests (a caller's shared instance): its settings are frozen.
        }
    }

    /// <summary>The SDK's handlers between the <see cref="HttpClient"/> and the primary handler, outermost first.</summary>
    /// <param name="api">The API.</param>
    /// <param name="logger">Where <see cref="DiagnosticsHandler"/> logs.</param>
    /// <param name="resilience">The resilience pipeline; one per registration, so the circuit breaker outlives handler rotation.</param>
    /// <param name="maxResponseBytes">Reads the current response size cap.</param>
    /// <param name="authentication">The API's authentication handler (Aimbase, OData), or null.</param>
    public static List<DelegatingHandler> CreateHandlers(
        LeadsApiDescriptor api,
        ILogger logger,
        ResiliencePipeline<HttpResponseMessage> resilience,
        Func<long> maxResponseBytes,
        DelegatingHandler? authentication)
    {
        var handlers = new List<DelegatingHandler>
        {
            new DiagnosticsHandler(api, logger),
            new TransportErrorHandler(api),
            new ResilienceHandler(resilience),
            new MaxResponseSizeHandler(api, maxResponseBytes),
        };
        if (authentication is not null)
        {
            handlers.Add(authentication);
        }

        handlers.Add(new RedirectGuardHandler(api));
        handlers.Add(new SingleWireRequestHandler());
        return handlers;
    }

    /// <summary>Builds the resilience pipeline from the options (empty when resilience is off).</summary>
    public static ResiliencePipeline<HttpResponseMessage> CreateResilience(LeadsResilienceOptions options, TimeProvider timeProvider)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        LeadsResiliencePipeline.Configure(builder, options, timeProvider);
        return builder.Build();
    }

    /// <summary>Sets the base address (with a trailing slash), the timeout and <c>User-Agent</c>.</summary>
    public static void ConfigureHttpClient(HttpClient client, LeadsClientOptions options)
    {
        client.BaseAddress = WithTrailingSlash(options.BaseAddress);

        // The resilience pipeline owns timeouts; HttpClient's own would cut retries short.
        client.Timeout = options.Resilience.Enabled ? Timeout.InfiniteTimeSpan : options.Resilience.TotalTimeout;

        // Kept as the unparsed string so HttpClient shares it with every request instead of cloning a parsed
        // ProductInfoHeaderValue per call.
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
    }

    /// <summary>
    /// The <see cref="HttpClient"/> of a client built from its options alone: the same handlers as the DI registration,
    /// over <paramref name="primaryHandler"/> (made redirect-safe) or the SDK's own primary handler.
    /// </summary>
    /// <param name="api">The API.</param>
    /// <param name="options">The validated options.</param>
    /// <param name="authentication">The API's authentication handler, or null.</param>
    /// <param name="primaryHandler">The caller's primary handler, or null for the SDK's.</param>
    public static HttpClient CreateHttpClient(LeadsApiDescriptor api, LeadsClientOptions options, DelegatingHandler? authentication, HttpMessageHandler? primaryHandler)
    {
        var primary = primaryHandler ?? CreatePrimaryHandler();
        Secure(primary);
        var handlers = CreateHandlers(api, NullLogger.Instance, CreateResilience(options.Resilience, TimeProvider.System), () => options.MaxResponseBytes, authentication);
        HttpMessageHandler next = primary;
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = next;
            next = handlers[i];
        }

        // A caller's primary handler stays the caller's to dispose.
        var client = new HttpClient(next, disposeHandler: primaryHandler is null);
        ConfigureHttpClient(client, options);
        return client;
    }

    private static Uri? WithTrailingSlash(Uri? address)
        => address is null || address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
}
