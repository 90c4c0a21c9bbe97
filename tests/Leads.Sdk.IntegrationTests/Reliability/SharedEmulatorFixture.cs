using Leads.Sdk.Emulator;

namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>One emulator per fault-matrix class (its rows run one after another); each row clears faults and counts first.</summary>
public sealed class SharedEmulatorFixture : IAsyncLifetime
{
    public LeadsEmulator Emulator { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Emulator = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => Emulator.DisposeAsync();
}
