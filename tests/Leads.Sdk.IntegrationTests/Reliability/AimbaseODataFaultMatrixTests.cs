namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>The fault matrix rows of the AimbaseOData client (docs/reliability.md).</summary>
public sealed class AimbaseODataFaultMatrixTests(SharedEmulatorFixture fixture) : IClassFixture<SharedEmulatorFixture>
{
    public static TheoryData<string, ReliabilityFault> Cells => FaultMatrixData.For(ReliabilityOperations.ODataGet, ReliabilityOperations.ODataList, ReliabilityOperations.ODataPatch);

    [Theory]
    [MemberData(nameof(Cells))]
    public Task EveryCall_UnderFault_EndsInTheDocumentedOutcomeAndNeverResendsAPostThatMayHaveArrived(string operation, ReliabilityFault fault)
        => FaultMatrix.AssertOutcomeAsync(fixture.Emulator, FaultMatrixData.Operation(operation), fault);
}
