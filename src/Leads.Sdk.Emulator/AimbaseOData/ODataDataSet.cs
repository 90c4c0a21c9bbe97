namespace Leads.Sdk.Emulator.AimbaseOData;

/// <summary>
/// The generated, in-memory data set: leads with prospects, companies, dealers, products, brands and categories,
/// shaped like the doc's examples. Deterministic for a seed.
/// </summary>
internal sealed class ODataDataSet
{
    /// <summary>Lead fields the doc marks editable (the X column), with their maximum length where the doc gives one.</summary>
    public static readonly IReadOnlyDictionary<string, int?> EditableLeadFields = new Dictionary<string, int?>(StringComparer.Ordinal)
    {
        ["LeadDate"] = null, ["Event"] = 50, ["Medium"] = 200, ["FollowUpStatusCode"] = null, ["PurchaseStatusCode"] = null,
        ["LeadTypeCode"] = null, ["LeadCategoryCode"] = null, ["LeadSourceCode"] = null, ["LeadCampaignCode"] = null,
        ["LeadStatusCode"] = null, ["ConditionCode"] = null, ["Customs"] = null, ["Metadata"] = null,
    };

    /// <summary>
    /// Lead fields the doc does not list, as an Aimbase instance may have: sent with every lead and editable, so tests
    /// can read and PATCH a field the SDK's model does not know (through its <c>AdditionalFields</c>).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int?> UndocumentedLeadFields = new Dictionary<string, int?>(StringComparer.Ordinal)
    {
        ["SalespersonName"] = 100,
    };

    private static readonly string[] LastNames =
        ["O'Neil", "Smith", "Doe", "García", "Müller", "O'Brien", "D'Angelo", "Nguyen", "Johnson", "Brown", "Lee", "Martinez", "Jane"];

    private static readonly string[] FirstNames = ["John", "Jane", "Ana", "Luis", "Zoë", "Sam", "Priya", "Chen", "Ola", "Max"];

    private static readonly string[] Offsets = ["-05:00", "-06:00", "+00:00", "+05:30"];

    /// <summary>Each entity type's navigation properties: name → (target type, foreign key on the source).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, (string Target, string ForeignKey)>> Navigations =
        new Dictionary<string, IReadOnlyDictionary<string, (string, string)>>
        {
            ["Lead"] = new Dictionary<string, (string, string)> { ["Prospect"] = ("Prospect", "ProspectId"), ["Dealer"] = ("Dealer", "DealerId"), ["Product"] = ("Product", "ProductId") },
            ["Prospect"] = new Dictionary<string, (string, string)> { ["Company"] = ("Company", "CompanyId") },
            ["Product"] = new Dictionary<string, (string, string)> { ["Brand"] = ("Brand", "BrandId"), ["ProductCategory"] = ("ProductCategory", "ProductCategoryId") },
            ["Dealer"] = new Dictionary<string, (string, string)>(),
            ["Company"] = new Dictionary<string, (string, string)>(),
            ["Brand"] = new Dictionary<string, (string, string)>(),
            ["ProductCategory"] = new Dictionary<string, (string, string)>(),
        };

    private readonly Dictionary<string, Dictionary<int, ODataEntity>> _tables = [];
    private ODataQueryEvaluator? _query;

    public ODataDataSet(int leadCount, int seed)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2023, 1, 1, 8, 0, 0, TimeSpan.FromHours(-5));
        for (var id = 1; id <= 5; id++)
        {
            Add("Brand", id, new() { ["Id"] = id, ["Code"] = $"B{id}", ["Name"] = $"Brand {id}", ["IsActive"] = true, ["IsDefault"] = id == 1, ["ManufacturerCode"] = "IM" });
        }

        for (var id = 1; id <= 10; id++)
        {
            Add("ProductCategory", id, new()
            {
                ["Id"] = id, ["ParentId"] = null, ["Level"] = 1, ["Name"] = $"Category {id}", ["Code"] = $"C{id}", ["FlattenedCode"] = $"/C{id}",
                ["FlattenedName"] = $"Category {id}", ["CreateDate"] = start, ["UpdateDate"] = null,
            });
        }

        for (var id = 1; id <= 60; id++)
        {
            Add("Product", id, new()
            {
                ["Id"] = id, ["Name"] = $"Model {id}", ["ManufacturerPlantId"] = null, ["ProductTypeId"] = null, ["SkuId"] = null, ["Model"] = $"M{id}",
                ["ModelYear"] = 2020 + (id % 6), ["Code"] = $"P{id}", ["CodeOverride"] = null, ["DisplayOrder"] = id, ["IsActive"] = true,
                ["LegacyProductKey"] = null, ["ApplicationContextId"] = 1, ["CreateDate"] = start, ["UpdateDate"] = null, ["CreateAccountId"] = 0,
                ["UpdateAccountId"] = null, ["LegacyProductId"] = null, ["ProductCategoryId"] = 1 + (id % 10), ["BrandId"] = 1 + (id % 5),
                ["ProductCategoryCode"] = $"C{1 + (id % 10)}", ["ProductTypeCode"] = null, ["ProductBrandCode"] = $"B{1 + (id % 5)}",
                ["ManufacturerPlantCode"] = null, ["SkuCode"] = null, ["ApplicationContextCode"] = "B", ["DealerMustCarryForLocator"] = null,
            });
        }

        for (var id = 1; id <= 40; id++)
        {
            Add("Dealer", id, new()
            {
                ["Id"] = id, ["Name"] = $"Dealer {id}", ["DealerTypeId"] = 1014, ["DealerTypeCode"] = "S", ["ManufacturerId"] = 2,
                ["MfgDealerNbr"] = $"{4600 + id}", ["MfgDealerSubNbr"] = null, ["DealerNbr"] = $"{4600 + id}", ["Contact"] = $"Contact {id}",
                ["ContactPreferenceId"] = null, ["ContactPreferenceCode"] = null, ["EMail"] = $"dealer{id}@example.com", ["EmailCC"] = null,
                ["WebsiteUrl"] = $"www.dealer{id}.example.com", ["Address1"] = $"{id} Harbor Way", ["Address2"] = "", ["City"] = "Dallas", ["State"] = "TX",
                ["PostalCode"] = "77586", ["County"] = null, ["Country"] = "United States", ["CountryCode"] = "US", ["Phone"] = "222-333-4444", ["Fax"] = "",
                ["TollFree"] = null, ["FIPSCode"] = null, ["CensusCode"] = null, ["GeoResult"] = null, ["LangCode"] = null, ["IsActive"] = true,
                ["IsPoorPerformer"] = false, ["IsLeadHeld"] = false, ["IsPsiDisabled"] = null, ["IsNurtureStreamDisabled"] = null, ["ApplicationContextId"] = 1,
                ["CreateDate"] = start, ["UpdateDate"] = null, ["CreateAccountId"] = 0, ["UpdateAccountId"] = null, ["LegacyDealerId"] = null,
                ["Latitude"] = 29.5 + (id / 100.0), ["Longitude"] = -95.0, ["DealerGroupId"] = null, ["DealerGroupcode"] = null,
                ["SalespersonAssignmentTypeId"] = 3, ["SalespersonAssignmentTypeCode"] = "Standard", ["TimeZone"] = null, ["IsRerouteAwayDisabled"] = false,
            });
        }

        for (var id = 1; id <= 50; id++)
        {
            Add("Company", id, new() { ["Id"] = id, ["ExternalId"] = null, ["Name"] = $"Company {id} & Sons", ["IsActive"] = true, ["CreateDate"] = start, ["UpdateDate"] = null });
        }

        for (var id = 1; id <= leadCount; id++)
        {
            var lastName = LastNames[random.Next(LastNames.Length)];
            var offset = TimeSpan.Parse(Offsets[random.Next(Offsets.Length)].TrimStart('+'), System.Globalization.CultureInfo.InvariantCulture);
            var leadDate = new DateTimeOffset(start.UtcDateTime.AddMinutes(random.Next(0, 3 * 365 * 24 * 60)), TimeSpan.Zero).ToOffset(offset);
            var companyId = random.Next(3) == 0 ? (int?)random.Next(1, 51) : null;
            Add("Prospect", id, new()
            {
                ["Id"] = id, ["ExternalId"] = null, ["ProspectUid"] = Guid(random), ["ProspectAggregationId"] = 80000 + id, ["CompanyId"] = companyId,
                ["LastName"] = lastName, ["FirstName"] = FirstNames[random.Next(FirstNames.Length)], ["Title"] = null, ["Address1"] = $"{id} Example Blvd.",
                ["Address2"] = null, ["City"] = "Dallas", ["State"] = "TX", ["PostalCode"] = "75225", ["ZIP4"] = null, ["CompanyName"] = null,
                ["CompanyTitle"] = null, ["County"] = "Dallas", ["Country"] = "United States", ["HomePhone"] = "(123) 456-7891", ["WorkPhone"] = null,
                ["Fax"] = null, ["Email"] = $"prospect{id}@example.com", ["PhoneRefused"] = false, ["TextRefused"] = false, ["MailRefused"] = false,
                ["FIPSCode"] = null, ["CensusCode"] = null, ["CassCertified"] = null, ["CountryCode"] = "US", ["MobilePhone"] = null, ["AddrStatus"] = null,
                ["AddrError"] = null, ["LangCode"] = null, ["CassOverride"] = null, ["IsActive"] = true, ["IsInvalidEmail"] = false,
                ["IsAddressCleaned"] = false, ["EmailRefused"] = false, ["Score"] = random.Next(0, 100), ["ScoreText"] = null, ["LegacyCustomerId"] = null,
                ["OriginProspectType"] = "Website", ["CurrentProspectType"] = "Website", ["CompetitiveBrand"] = null, ["Latitude"] = 32.86, ["Longitude"] = -96.78,
                ["IsNurtured"] = random.Next(2) == 0, ["HomePhoneNumeric"] = "11234567891", ["WorkPhoneNumeric"] = null, ["MobilePhoneNumeric"] = null,
                ["CreateDate"] = leadDate, ["UpdateDate"] = null, ["CreateAccountId"] = 0, ["UpdateAccountId"] = null,
                ["Customs"] = new Dictionary<string, string?> { ["ExampleProspectCustomField1"] = "Yes" },
            });
            var score = random.Next(0, 100);
            Add("Lead", id, new()
            {
                ["Id"] = id, ["ExternalId"] = random.Next(4) == 0 ? $"EXT-{id}" : null, ["LeadUid"] = Guid(random), ["ProspectId"] = id,
                ["DealerId"] = random.Next(1, 41), ["ProductId"] = random.Next(1, 61), ["LeadDate"] = leadDate, ["ViewedDate"] = null,
                ["Event"] = random.Next(5) == 0 ? "Boat Show" : null, ["Score"] = score, ["CreateDate"] = leadDate.AddSeconds(2), ["UpdateDate"] = null,
                ["CreateAccountId"] = 0, ["UpdateAccountId"] = null, ["SentDate"] = null, ["Medium"] = null, ["Term"] = null, ["Content"] = null,
                ["ScoreText"] = score.ToString(System.Globalization.CultureInfo.InvariantCulture), ["ProspectInterestId"] = 1, ["IsActive"] = random.Next(10) != 0,
                ["StagingLeadId"] = null, ["DealerDistance"] = random.Next(0, 500000), ["DealerDistanceMiles"] = Math.Round(random.NextDouble() * 300, 6),
                ["DealerMatchType"] = "Preassigned", ["IsQualified"] = random.Next(4) != 0,
                ["FollowUpStatusCode"] = random.Next(2) == 0 ? "Contacted" : "Not Contacted", ["PurchaseStatusCode"] = "Unknown",
                ["LeadTypeCode"] = "Build a Boat", ["LeadCategoryCode"] = "Website", ["LeadSourceCode"] = random.Next(2) == 0 ? "Organic" : "Website",
                ["LeadCampaignCode"] = null, ["LeadStatusCode"] = "Pending", ["Program"] = null, ["ConditionCode"] = "N", ["OemManufacturerCode"] = null,
                ["OemDealerNumber"] = null, ["DeliveryOption"] = null,
                ["Customs"] = new Dictionary<string, string?> { ["PurchaseTimeframe"] = "Not sure", ["Comment"] = null },
                ["Metadata"] = new Dictionary<string, string?>(),
                ["SalespersonName"] = $"Salesperson {1 + (id % 7)}",
            });
        }
    }

    public IEnumerable<ODataEntity> Leads => _tables["Lead"].Values;

    /// <summary>The reference parser's view of this data set, for <c>$filter</c> and <c>$orderby</c>.</summary>
    public ODataQueryEvaluator Query => _query ??= new ODataQueryEvaluator(this);

    /// <summary>Every entity of <paramref name="type"/>.</summary>
    public IEnumerable<ODataEntity> All(string type) => _tables.TryGetValue(type, out var table) ? table.Values : [];

    public ODataEntity? Find(string type, int id) => _tables.TryGetValue(type, out var table) && table.TryGetValue(id, out var entity) ? entity : null;

    /// <summary>Follows a navigation property, or returns <see langword="false"/> when <paramref name="name"/> is not one.</summary>
    public bool TryNavigate(ODataEntity entity, string name, out ODataEntity? related)
    {
        related = null;
        if (!Navigations[entity.Type].TryGetValue(name, out var navigation))
        {
            return false;
        }

        related = entity[navigation.ForeignKey] is int id ? Find(navigation.Target, id) : null;
        return true;
    }

    private void Add(string type, int id, Dictionary<string, object?> fields)
    {
        if (!_tables.TryGetValue(type, out var table))
        {
            _tables[type] = table = [];
        }

        table[id] = new ODataEntity(type, fields);
    }

    private static Guid Guid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
