namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>Theory rows: every fault for each of the named operations (names keep the rows serializable, one test per cell).</summary>
public static class FaultMatrixData
{
    public static TheoryData<string, ReliabilityFault> For(params ReliabilityOperation[] operations)
    {
        var data = new TheoryData<string, ReliabilityFault>();
        foreach (var operation in operations)
        {
            foreach (var fault in Enum.GetValues<ReliabilityFault>())
            {
                data.Add(operation.Name, fault);
            }
        }

        return data;
    }

    public static ReliabilityOperation Operation(string name) => ReliabilityOperations.All.Single(o => o.Name == name);
}
