using System.Net;
using System.Text;
using Leads.Sdk.LeadExec;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.LeadExec.Tests;

/// <summary>A client over MockHttp with the doc's example credentials, recording each request's body.</summary>
internal sealed class TestClient
{
    public const string Base = "https://leads.leadexec.net";

    public TestClient(Action<LeadExecClientOptions>? configure = null, FakeTimeProvider? time = null)
    {
        Options = new LeadExecClientOptions { VendorId = 18, LeadTypeId = 1, AffiliateId = 23, Password = "s3cret" };
        configure?.Invoke(Options);
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2020, 4, 30, 13, 0, 0, TimeSpan.Zero));
        Client = new LeadExecClient(Mock.ToHttpClient(), Options, Time);
    }

    public MockHttpMessageHandler Mock { get; } = new();

    public LeadExecClientOptions Options { get; }

    public FakeTimeProvider Time { get; }

    public LeadExecClient Client { get; }

    public List<Captured> Requests { get; } = [];

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with <paramref name="body"/>, capturing the request.</summary>
    public MockedRequest Respond(HttpMethod method, string path, string body, string mediaType = "application/json", HttpStatusCode status = HttpStatusCode.OK)
        => Mock.When(method, Base + path).Respond(async request =>
        {
            Requests.Add(await Captured.FromAsync(request));
            return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        });

    public Captured Single => Assert.Single(Requests);

    internal sealed record Captured(string Method, string Url, string? ContentType, string Body, string? Authorization)
    {
        public static async Task<Captured> FromAsync(HttpRequestMessage request) => new(
            request.Method.Method,
            request.RequestUri!.ToString(),
            request.Content?.Headers.ContentType?.ToString(),
            request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(),
            request.Headers.Authorization?.ToString());
    }
}
