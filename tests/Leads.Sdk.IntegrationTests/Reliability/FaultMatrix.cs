using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>
/// The fault matrix: what every call must end in under every fault (the table in docs/reliability.md), and the harness
/// that proves it over real loopback HTTP with the client registered through DI, so the real resilience pipeline runs.
/// </summary>
public static class FaultMatrix
{
    public const int MaxRetryAttempts = 2;

    public const int MaxResponseBytes = 64 * 1024;

    /// <summary>The attempt timeout of the rows whose fault is a timeout.</summary>
    public static readonly TimeSpan ShortAttemptTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The total timeout of the "no response ever" row: ends the third attempt of a GET.</summary>
    public static readonly TimeSpan ShortTotalTimeout = TimeSpan.FromSeconds(2.5);

    /// <summary>
    /// Small retry delay and response cap; timeouts generous, so a busy test machine cannot turn a fault into a timeout.
    /// Everything else is the shipped default.
    /// </summary>
    public static void Tune(LeadsClientOptions options)
    {
        options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(15);
        options.Resilience.TotalTimeout = TimeSpan.FromSeconds(60);
        options.Resilience.MaxRetryAttempts = MaxRetryAttempts;
        options.Resilience.RetryDelay = TimeSpan.FromMilliseconds(10);
        options.MaxResponseBytes = MaxResponseBytes;
    }

    /// <summary><see cref="Tune"/>, with short timeouts for the rows that test timeouts.</summary>
    public static Action<LeadsClientOptions> TuneFor(ReliabilityFault fault) => options =>
    {
        Tune(options);
        if (fault is ReliabilityFault.NoResponseOnce or ReliabilityFault.NoResponseEver or ReliabilityFault.SlowBody)
        {
            options.Resilience.AttemptTimeout = ShortAttemptTimeout;
            options.Resilience.TotalTimeout = fault == ReliabilityFault.NoResponseEver ? ShortTotalTimeout : TimeSpan.FromSeconds(15);
        }
    };

    /// <summary>
    /// The table of docs/reliability.md, cell by cell, as literal data: request counts, exception types and flags are
    /// written out here, never computed from the SDK's own rules (<c>RetryRules</c>), so a regression in those rules
    /// fails these rows instead of moving their expectations along with it. <see cref="MaxRetryAttempts"/> is 2, so a
    /// GET retried to the end counts 3 requests.
    /// </summary>
    public static IReadOnlyDictionary<ReliabilityFault, FaultMatrixRow> Expected { get; } = new Dictionary<ReliabilityFault, FaultMatrixRow>
    {
        // Provably not sent: retried, nothing arrives (connection attempts are counted in NothingSentTwiceTests).
        [ReliabilityFault.ConnectionRefused] = FaultMatrixRow.Same(ExpectedOutcome.Transport(mayHaveReachedServer: false, isTimeout: false, requests: 0)),

        // The request may have arrived: only the GET is sent again.
        [ReliabilityFault.ResetBeforeBody] = new(
            Post: ExpectedOutcome.Transport(mayHaveReachedServer: true, isTimeout: false, requests: 1),
            Patch: ExpectedOutcome.Transport(mayHaveReachedServer: true, isTimeout: false, requests: 1),
            Get: ExpectedOutcome.Success(2)),
        [ReliabilityFault.ResetAfterProcessing] = new(
            Post: ExpectedOutcome.Transport(mayHaveReachedServer: true, isTimeout: false, requests: 1),
            Patch: ExpectedOutcome.Transport(mayHaveReachedServer: true, isTimeout: false, requests: 1),
            Get: ExpectedOutcome.Success(2)),
        [ReliabilityFault.NoResponseOnce] = new(
            Post: ExpectedOutcome.Transport(mayHaveReachedServer: true, isTimeout: true, requests: 1),
            Patch: ExpectedOutcome.Transport(mayHaveReachedServer: true, isTimeout: true, requests: 1),
            Get: ExpectedOutcome.Success(2)),

        // The 2.5 s total timeout ends the GET during its second or third 1 s attempt.
        [ReliabilityFault.NoResponseEver] = new(
            Post: ExpectedOutcome.Transport(mayHaveReachedServer: true, isTimeout: true, requests: 1),
            Patch: ExpectedOutcome.Transport(mayHaveReachedServer: true, isTimeout: true, requests: 1),
            Get: ExpectedOutcome.Transport(mayHaveReachedServer: true, isTimeout: true, minRequests: 2, maxRequests: 3)),

        // The server asked for a retry and did not process the request: safe for every method.
        [ReliabilityFault.TooManyRequestsRetryAfterSeconds] = FaultMatrixRow.Same(ExpectedOutcome.Success(2)),
        [ReliabilityFault.TooManyRequestsRetryAfterDate] = FaultMatrixRow.Same(ExpectedOutcome.Success(2)),
        [ReliabilityFault.TooManyRequestsRetryAfterSecondsTooLong] = FaultMatrixRow.Same(ExpectedOutcome.RateLimited(1)),
        [ReliabilityFault.TooManyRequestsRetryAfterDateTooLong] = FaultMatrixRow.Same(ExpectedOutcome.RateLimited(1)),

        // A 5xx may follow processing: only the GET is retried.
        [ReliabilityFault.Html500] = new(
            Post: ExpectedOutcome.Server(HttpStatusCode.InternalServerError, 1),
            Patch: ExpectedOutcome.Server(HttpStatusCode.InternalServerError, 1),
            Get: ExpectedOutcome.Success(2)),
        [ReliabilityFault.Html502] = new(
            Post: ExpectedOutcome.Server(HttpStatusCode.BadGateway, 1),
            Patch: ExpectedOutcome.Server(HttpStatusCode.BadGateway, 1),
            Get: ExpectedOutcome.Success(2)),
        [ReliabilityFault.Html503] = new(
            Post: ExpectedOutcome.Server(HttpStatusCode.ServiceUnavailable, 1),
            Patch: ExpectedOutcome.Server(HttpStatusCode.ServiceUnavailable, 1),
            Get: ExpectedOutcome.Success(2)),
        [ReliabilityFault.Html500EveryTime] = new(
            Post: ExpectedOutcome.Server(HttpStatusCode.InternalServerError, 1),
            Patch: ExpectedOutcome.Server(HttpStatusCode.InternalServerError, 1),
            Get: ExpectedOutcome.Server(HttpStatusCode.InternalServerError, 3)),

        // A 2xx is never retried; a body the call needs but cannot read is reported, not guessed at. The PATCH reads
        // no body on success (the documented answer is 204), so a broken or slow body cannot fail it.
        [ReliabilityFault.EmptyBody] = new(
            Post: ExpectedOutcome.Unreadable(1),
            Patch: ExpectedOutcome.Success(1),
            Get: ExpectedOutcome.Unreadable(1)),
        [ReliabilityFault.TruncatedBody] = new(
            Post: ExpectedOutcome.Unreadable(1),
            Patch: ExpectedOutcome.Success(1),
            Get: ExpectedOutcome.Unreadable(1)),
        [ReliabilityFault.ConnectionClosedMidBody] = new(
            Post: ExpectedOutcome.Transport(mayHaveReachedServer: true, isTimeout: false, requests: 1),
            Patch: ExpectedOutcome.Success(1),
            Get: ExpectedOutcome.Success(2)),
        [ReliabilityFault.WrongContentType] = FaultMatrixRow.Same(ExpectedOutcome.Unreadable(1)),
        [ReliabilityFault.Oversized] = FaultMatrixRow.Same(ExpectedOutcome.Unreadable(1)),
        [ReliabilityFault.SlowBody] = new(
            Post: ExpectedOutcome.Transport(mayHaveReachedServer: true, isTimeout: true, requests: 1),
            Patch: ExpectedOutcome.Success(1),
            Get: ExpectedOutcome.Success(2)),
    };

    /// <summary>The documented outcome of <paramref name="operation"/> under <paramref name="fault"/>: its cell of <see cref="Expected"/>.</summary>
    public static ExpectedOutcome ExpectedFor(ReliabilityOperation operation, ReliabilityFault fault)
        => Expected.TryGetValue(fault, out var row)
            ? row[operation.Column]
            : throw new InvalidOperationException($"FaultMatrix.Expected has no row for {fault}: add one (and to docs/reliability.md).");

    /// <summary>Makes the emulator misbehave for the call's path.</summary>
    public static void Arrange(LeadsEmulator emulator, ReliabilityOperation operation, ReliabilityFault fault)
    {
        var faults = emulator.Faults;
        var path = operation.PathPrefix;
        switch (fault)
        {
            case ReliabilityFault.ConnectionRefused:
                break;
            case ReliabilityFault.ResetBeforeBody:
                faults.Next(path, EmulatorFault.DropBeforeBody());
                break;
            case ReliabilityFault.ResetAfterProcessing:
                faults.Next(path, EmulatorFault.DropAfterProcessing());
                break;
            case ReliabilityFault.NoResponseOnce:
                faults.Next(path, EmulatorFault.Delayed(TimeSpan.FromMinutes(1)));
                break;
            case ReliabilityFault.NoResponseEver:
                faults.Next(path, EmulatorFault.Delayed(TimeSpan.FromMinutes(1)), count: 100);
                break;
            case ReliabilityFault.TooManyRequestsRetryAfterSeconds:
                faults.Next(path, EmulatorFault.TooManyRequests(0));
                break;
            case ReliabilityFault.TooManyRequestsRetryAfterDate:
                faults.Next(path, TooManyRequestsUntil(DateTimeOffset.UtcNow.AddSeconds(-1)));
                break;
            case ReliabilityFault.TooManyRequestsRetryAfterSecondsTooLong:
                faults.Next(path, EmulatorFault.TooManyRequests(3600), count: 100);
                break;
            case ReliabilityFault.TooManyRequestsRetryAfterDateTooLong:
                faults.Next(path, TooManyRequestsUntil(DateTimeOffset.UtcNow.AddHours(1)), count: 100);
                break;
            case ReliabilityFault.Html500:
                faults.Next(path, EmulatorFault.HtmlPage(HttpStatusCode.InternalServerError));
                break;
            case ReliabilityFault.Html502:
                faults.Next(path, EmulatorFault.HtmlPage(HttpStatusCode.BadGateway));
                break;
            case ReliabilityFault.Html503:
                faults.Next(path, EmulatorFault.HtmlPage(HttpStatusCode.ServiceUnavailable));
                break;
            case ReliabilityFault.Html500EveryTime:
                faults.Next(path, EmulatorFault.HtmlPage(HttpStatusCode.InternalServerError), count: 100);
                break;
            case ReliabilityFault.EmptyBody:
                faults.Next(path, EmulatorFault.EmptyBody());
                break;
            case ReliabilityFault.TruncatedBody:
                faults.Next(path, operation.ResponseFormat == ResponseBodyFormat.Xml
                    ? EmulatorFault.Status(HttpStatusCode.OK, "<?xml version=\"1.0\" encoding=\"utf-8\"?><Response><Lead><Id>12", "application/xml")
                    : EmulatorFault.Status(HttpStatusCode.OK, "{\"id\":\"12", "application/json"));
                break;
            case ReliabilityFault.ConnectionClosedMidBody:
                faults.Next(path, EmulatorFault.Truncated());
                break;
            case ReliabilityFault.WrongContentType:
                faults.Next(path, EmulatorFault.Status(HttpStatusCode.OK, "<html><body><form>Please sign in</form></body></html>", "text/html"));
                break;
            case ReliabilityFault.Oversized:
                faults.Next(path, EmulatorFault.Oversized(MaxResponseBytes * 2));
                break;
            case ReliabilityFault.SlowBody:
                faults.Next(path, EmulatorFault.SlowBody(TimeSpan.FromMilliseconds(100)));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault, null);
        }
    }

    /// <summary>Runs <paramref name="operation"/> under <paramref name="fault"/> and asserts the documented outcome and request count.</summary>
    public static async Task AssertOutcomeAsync(LeadsEmulator emulator, ReliabilityOperation operation, ReliabilityFault fault)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        emulator.Faults.Clear();
        emulator.Requests.Clear();
        var address = fault == ReliabilityFault.ConnectionRefused ? DeadAddress() : emulator.BaseAddress;
        var services = new ServiceCollection();
        operation.Register(services, emulator, address, TuneFor(fault));
        await using var provider = services.BuildServiceProvider();
        if (fault != ReliabilityFault.ConnectionRefused)
        {
            // Warm up (JIT, connection, CRM login) so the short attempt timeout measures the fault, not start-up.
            await operation.InvokeAsync(provider, cancellationToken);
        }

        emulator.Requests.Clear();

        Arrange(emulator, operation, fault);
        var expected = ExpectedFor(operation, fault);

        var exception = await Record.ExceptionAsync(() => operation.InvokeAsync(provider, cancellationToken));

        var requests = emulator.Requests.Count(operation.Method.Method, operation.PathPrefix);
        Assert.InRange(requests, expected.MinRequests, expected.MaxRequests);
        if (expected.Exception is null)
        {
            Assert.Null(exception);
            return;
        }

        Assert.NotNull(exception);
        Assert.IsType(expected.Exception, exception);
        var requestException = (LeadsRequestException)exception;
        Assert.Equal(operation.Method.Method, requestException.Method);
        switch (exception)
        {
            case LeadsTransportException transport:
                Assert.Equal(expected.MayHaveReachedServer, transport.RequestMayHaveReachedServer);
                Assert.Equal(expected.IsTimeout, transport.IsTimeout);
                break;
            case LeadsRateLimitedException rateLimited:
                Assert.Equal(expected.StatusCode, rateLimited.StatusCode);
                Assert.InRange(rateLimited.RetryAfter.GetValueOrDefault(), TimeSpan.FromMinutes(55), TimeSpan.FromHours(1));
                break;
            case LeadsServerException server:
                Assert.Equal(expected.StatusCode, server.StatusCode);
                break;
        }
    }

    /// <summary>A loopback address on a port that nothing listens on.</summary>
    public static Uri DeadAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
    }

    private static EmulatorFault TooManyRequestsUntil(DateTimeOffset date)
        => EmulatorFault.Status(HttpStatusCode.TooManyRequests, headers: new Dictionary<string, string> { ["Retry-After"] = date.ToString("R", CultureInfo.InvariantCulture) });
}
