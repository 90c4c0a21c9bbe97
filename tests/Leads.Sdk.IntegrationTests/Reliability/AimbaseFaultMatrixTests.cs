namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>The fault matrix rows of the Aimbase client (docs/reliability.md).</summary>
public sealed class AimbaseFaultMatrixTests(SharedEmulatorFixture fixture) : IClassFixture<SharedEmulatorFixture>
{
    public static TheoryData<string, ReliabilityFault> Cells => FaultMatrixData.For(ReliabilityOperations.AimbaseCreateJson, ReliabilityOperations.AimbaseCreateXml);

    [Theory]
    [MemberData(nameof(Cells))]
    public Task CreateLeadsAsync_UnderFault_EndsInTheDocumentedOutcomeAndNeverResendsAPostThatMayHaveArrived(string operation, ReliabilityFault fault)
        => FaultMatrix.AssertOutcomeAsync(fixture.Emulator, FaultMatrixData.Operation(operation), fault);
}
