using System.Net;
using System.Text;
using Leads.Sdk.CrmApi;
using Leads.Sdk.Http;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.CrmApi.Tests;

/// <summary>A scripted CRM.COM server on MockHttp: counts logins, records bodies, answers creates from a script.</summary>
internal sealed class FakeCrm
{
    public const string Server = "https://crm.example.com/";
    public const string Password = "p4ssw0rd-secret";

    private readonly Queue<Func<HttpResponseMessage>> _createResponses = new();
    private int _logins;

    public FakeCrm()
    {
        Handler.When(HttpMethod.Post, Server + "crmapi/rest/v2/authentication/token").Respond(LoginAsync);
        Handler.When(HttpMethod.Post, Server + "crmapi/rest/v2/authentication/web_api_key/token").Respond(LoginAsync);
        Handler.When(HttpMethod.Post, Server + "crmapi/rest/v2/leads/create").Respond(CreateAsync);
    }

    public MockHttpMessageHandler Handler { get; } = new();

    public int Logins => _logins;

    public List<HttpRequestMessage> LoginRequests { get; } = [];

    public List<string> LoginBodies { get; } = [];

    public List<string> CreateBodies { get; } = [];

    /// <summary>Makes the token for login number n (1-based).</summary>
    public Func<int, string> TokenFor { get; set; } = n => $"opaque-token-{n}";

    /// <summary>When set, a login waits for it (to pile up concurrent callers).</summary>
    public Task? LoginGate { get; set; }

    /// <summary>When set, the login answers this body instead of a token.</summary>
    public string? LoginResponse { get; set; }

    /// <summary>When set, the next create call records its body and then fails with this exception (as the pipeline would on a timeout).</summary>
    public Exception? CreateFault { get; set; }

    public static HttpClient HttpClient(FakeCrm crm)
        => new(new TransportErrorHandler(CrmApiClient.Api) { InnerHandler = new FaultHandler(crm) { InnerHandler = crm.Handler } }) { BaseAddress = new Uri(Server) };

    public static CrmApiClientOptions Options(Action<CrmApiClientOptions>? configure = null)
    {
        var options = new CrmApiClientOptions
        {
            BaseAddress = new Uri(Server),
            Username = "api-user",
            Password = Password,
            Organisation = "ACME",
        };
        configure?.Invoke(options);
        return options;
    }

    public CrmApiClient Client(Action<CrmApiClientOptions>? configure = null, TimeProvider? time = null)
        => new(HttpClient(this), Options(configure), time ?? TimeProvider.System);

    /// <summary>Tokens the server now refuses as expired, whatever the script says.</summary>
    public HashSet<string> ExpiredTokens { get; } = [];

    /// <summary>When set, refusals of expired tokens are held until this many have arrived, then all answered at once.</summary>
    public int HoldRefusalsUntil { get; set; }

    private readonly TaskCompletionSource _refusalsReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _refused;

    public void EnqueueCreate(Func<HttpResponseMessage> response) => _createResponses.Enqueue(response);

    public void EnqueueCreateJson(string json, HttpStatusCode status = HttpStatusCode.OK, string mediaType = "application/json")
        => EnqueueCreate(() => new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, mediaType) });

    public static string Envelope(string data) => $$"""{"status":{"code":"OK","message":null,"description":null},"data":{{data}}}""";

    public static string Error(string code, string message) => $$"""{"status":{"code":"{{code}}","message":"{{message}}","description":"{{message}}"},"data":null}""";

    public const string LeadData = """{"id":"8d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a","number":"LEAD000042","life_cycle_state":"PENDING","importance":"IMPORTANCE1","priority":"3"}""";

    private async Task<HttpResponseMessage> LoginAsync(HttpRequestMessage request)
    {
        LoginRequests.Add(request);
        LoginBodies.Add(request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync());
        if (LoginGate is { } gate)
        {
            await gate;
        }

        var n = Interlocked.Increment(ref _logins);
        var body = LoginResponse ?? Envelope($$"""{"token":"{{TokenFor(n)}}"}""");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }

    private async Task<HttpResponseMessage> CreateAsync(HttpRequestMessage request)
    {
        var body = await request.Content!.ReadAsStringAsync();
        lock (CreateBodies)
        {
            CreateBodies.Add(body);
        }

        bool expired;
        lock (ExpiredTokens)
        {
            expired = ExpiredTokens.Any(t => body.StartsWith($$"""{"token":"{{t}}",""", StringComparison.Ordinal));
        }

        if (expired)
        {
            if (Interlocked.Increment(ref _refused) >= HoldRefusalsUntil)
            {
                _refusalsReleased.TrySetResult();
            }

            await _refusalsReleased.Task;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Error("COM.CRM.EXCEPTIONS.EXPIREDTOKENEXCEPTION", "The token has expired"), Encoding.UTF8, "application/json") };
        }

        Func<HttpResponseMessage>? next;
        lock (_createResponses)
        {
            _createResponses.TryDequeue(out next);
        }

        return next?.Invoke() ?? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Envelope(LeadData), Encoding.UTF8, "application/json") };
    }

    private sealed class FaultHandler(FakeCrm crm) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (crm.CreateFault is { } fault && request.RequestUri!.AbsolutePath.EndsWith("leads/create", StringComparison.Ordinal))
            {
                crm.CreateFault = null;
                var body = await request.Content!.ReadAsStringAsync(cancellationToken);
                lock (crm.CreateBodies)
                {
                    crm.CreateBodies.Add(body);
                }

                throw fault;
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
