using System.Net;
using System.Text;
using Leads.Sdk.DependencyInjection;
using Leads.Sdk.Http;
using Leads.Sdk.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.Core.Tests.TestSupport;

public interface ITestClient
{
    string BaseAddress { get; }

    Task<string> SendAsync(HttpMethod method, string path, CancellationToken cancellationToken);
}

/// <summary>A minimal typed client built the way the packages build theirs.</summary>
public sealed class TestClient(HttpClient http, TestOptions options) : ITestClient
{
    internal static readonly LeadsApiDescriptor Api = new("TestApi");

    private readonly LeadsResponseReader _reader = new(Api, options.GetSecrets);

    public string BaseAddress => http.BaseAddress!.ToString();

    public async Task<string> SendAsync(HttpMethod method, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (method == HttpMethod.Post)
        {
            request.Content = LeadsHttpContent.Form([new("name", "Jane")]);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        await _reader.EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }
}

/// <summary>Waits until cancelled, like a server that never answers.</summary>
public sealed class HangingHandler : HttpMessageHandler
{
    /// <summary>Completes when the first request arrives, so a test can act while it hangs without guessing a delay.</summary>
    public TaskCompletionSource Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Arrived.TrySetResult();
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        return new HttpResponseMessage(HttpStatusCode.OK);
    }
}

/// <summary>Content whose length is unknown up front (chunked), so only reading reveals its size.</summary>
public sealed class UnknownLengthContent(int bytes) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        => stream.WriteAsync(Encoding.ASCII.GetBytes(new string('x', bytes))).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}

public static class TestServices
{
    public const string BaseUrl = "https://api.example.test/v1/";

    public static void Configure(TestOptions options)
    {
        options.BaseAddress = new Uri(BaseUrl);
        options.UserName = "bob";
        options.Password = "hunter2-password";
        options.Resilience.RetryDelay = TimeSpan.FromMilliseconds(1);
    }

    public static IHttpClientBuilder AddTestClient(this IServiceCollection services, MockHttpMessageHandler mockHttp, string name = "default", Action<TestOptions>? configure = null)
        => services.AddLeadsClient<ITestClient, TestOptions>(
                name,
                TestClient.Api,
                builder => builder.Configure(options =>
                {
                    Configure(options);
                    configure?.Invoke(options);
                }),
                (_, http, options) => new TestClient(http, options))
            .ConfigurePrimaryHttpMessageHandler(() => mockHttp);

    public static ServiceProvider Build(MockHttpMessageHandler mockHttp, Action<TestOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddTestClient(mockHttp, configure: configure);
        return services.BuildServiceProvider();
    }

    public static TestOptions Options(this IServiceProvider provider, string name = "default")
        => provider.GetRequiredService<IOptionsMonitor<TestOptions>>().Get(name);
}
