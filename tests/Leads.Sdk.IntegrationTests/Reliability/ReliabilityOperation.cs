using Leads.Sdk.Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>One public client call as a user makes it through DI, described so one fault table can run against every client.</summary>
/// <param name="Name">Shown in test names, for example <c>Aimbase.CreateLeads(Json)</c>.</param>
/// <param name="Method">The HTTP method the call sends.</param>
/// <param name="PathPrefix">The emulator path the call hits (faults and counts are keyed on it).</param>
/// <param name="ResponseFormat">What the call reads from a successful response.</param>
/// <param name="Register">Registers the client with <c>services.AddXxxClient</c> against a base address; the last argument tunes the shared options.</param>
/// <param name="InvokeAsync">Makes the call and asserts that the server accepted it.</param>
public sealed record ReliabilityOperation(
    string Name,
    HttpMethod Method,
    string PathPrefix,
    ResponseBodyFormat ResponseFormat,
    Func<IServiceCollection, LeadsEmulator, Uri, Action<LeadsClientOptions>, IHttpClientBuilder> Register,
    Func<IServiceProvider, CancellationToken, Task> InvokeAsync)
{
    /// <summary>
    /// The call's column in the fault matrix, from the method this test states above; never from the SDK's own retry
    /// rules, which the matrix is there to check.
    /// </summary>
    public FaultMatrixColumn Column => Method.Method switch
    {
        "POST" => FaultMatrixColumn.Post,
        "PATCH" => FaultMatrixColumn.Patch,
        "GET" => FaultMatrixColumn.Get,
        _ => throw new InvalidOperationException($"{Name}: the fault matrix has no column for {Method}."),
    };

    /// <inheritdoc/>
    public override string ToString() => Name;
}
