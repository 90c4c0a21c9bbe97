using System.Text.Json.Nodes;
using Leads.Sdk.Validation;

namespace Leads.Sdk.CrmApi.Models;

/// <summary>
/// Builds a <see cref="CrmCreateLeadRequest"/>: the mandatory fields in the constructor, every optional field by a
/// method. Rules are checked when the request is sent, all at once; a call that cannot name a field (a UDF number out
/// of range, a missing argument) is a <see cref="LeadsValidationException"/> at once. <see cref="Build"/> returns a new
/// request each time, so a builder can serve as a template.
/// </summary>
/// <example>
/// <code>
/// var request = new CrmCreateLeadRequestBuilder(CrmLeadImportance.Importance3, CrmLeadPriority.Priority2,
///         CrmEntityIdentifier.ByName("Sales"), CrmContactInformationIdentifier.ById(contactId),
///         CrmLeadSource.Named(CrmLeadSourceType.Website, "example.com"))
///     .WithContactEmail("jane@example.com")
///     .WithContactPhone("+35722000000")
///     .AddProduct(CrmProductIdentifier.ByCode("FIBER-100"))
///     .WithUdfString(1, "spring campaign")
///     .Build();
/// </code>
/// </example>
public sealed class CrmCreateLeadRequestBuilder
{
    // Every change in call order, replayed onto a fresh request by Build(): a request built earlier never sees a later
    // change, and the lists and objects the builder creates are never shared between two requests.
    private readonly List<Action<CrmCreateLeadRequest>> _changes = [];

    /// <summary>Starts a request with the mandatory fields.</summary>
    /// <param name="importance">The importance.</param>
    /// <param name="priority">The priority.</param>
    /// <param name="type">The lead type.</param>
    /// <param name="contactInformation">The contact.</param>
    /// <param name="source">The lead source.</param>
    public CrmCreateLeadRequestBuilder(CrmLeadImportance importance, CrmLeadPriority priority, CrmEntityIdentifier type, CrmContactInformationIdentifier contactInformation, CrmLeadSource source)
        => _changes.Add(r => (r.Importance, r.Priority, r.Type, r.ContactInformation, r.Source) = (importance, priority, type, contactInformation, source));

    /// <summary>Sets the contact's e-mail address.</summary>
    /// <param name="email">The e-mail address.</param>
    public CrmCreateLeadRequestBuilder WithContactEmail(string email) => Set(r => r.ContactEmail = email);

    /// <summary>Sets the contact's phone.</summary>
    /// <param name="phone">The phone.</param>
    public CrmCreateLeadRequestBuilder WithContactPhone(string phone) => Set(r => r.ContactPhone = phone);

    /// <summary>Sets the accounts receivable.</summary>
    /// <param name="accountsReceivable">The identifier.</param>
    public CrmCreateLeadRequestBuilder WithAccountsReceivable(CrmAccountsReceivableIdentifier accountsReceivable) => Set(r => r.AccountsReceivable = accountsReceivable);

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    public CrmCreateLeadRequestBuilder WithDescription(string description) => Set(r => r.Description = description);

    /// <summary>Sets the probability to win (0–100).</summary>
    /// <param name="probability">The probability.</param>
    public CrmCreateLeadRequestBuilder WithProbabilityToWin(decimal probability) => Set(r => r.ProbabilityToWin = probability);

    /// <summary>Sets the target amount (not negative).</summary>
    /// <param name="amount">The amount.</param>
    public CrmCreateLeadRequestBuilder WithTargetAmount(decimal amount) => Set(r => r.TargetAmount = amount);

    /// <summary>Sets the status.</summary>
    /// <param name="status">The identifier.</param>
    public CrmCreateLeadRequestBuilder WithStatus(CrmEntityIdentifier status) => Set(r => r.Status = status);

    /// <summary>Sets the lost reason.</summary>
    /// <param name="lostReason">The identifier.</param>
    public CrmCreateLeadRequestBuilder WithLostReason(CrmEntityIdentifier lostReason) => Set(r => r.LostReason = lostReason);

    /// <summary>Sets the category.</summary>
    /// <param name="category">The identifier.</param>
    public CrmCreateLeadRequestBuilder WithCategory(CrmEntityIdentifier category) => Set(r => r.Category = category);

    /// <summary>Sets the owning group.</summary>
    /// <param name="group">The identifier.</param>
    public CrmCreateLeadRequestBuilder WithOwnedByGroup(CrmEntityIdentifier group) => Set(r => r.OwnedByGroup = group);

    /// <summary>Sets the privacy level.</summary>
    /// <param name="privacyLevel">The identifier.</param>
    public CrmCreateLeadRequestBuilder WithPrivacyLevel(CrmEntityIdentifier privacyLevel) => Set(r => r.PrivacyLevel = privacyLevel);

    /// <summary>Sets the lead owner.</summary>
    /// <param name="owner">The user.</param>
    public CrmCreateLeadRequestBuilder WithLeadOwner(CrmUserIdentifier owner) => Set(r => r.LeadOwner = owner);

    /// <summary>Sets <c>udf_string_{number}</c>.</summary>
    /// <param name="number">1 to 8.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="LeadsValidationException"><paramref name="number"/> is not 1 to 8.</exception>
    public CrmCreateLeadRequestBuilder WithUdfString(int number, string value)
    {
        RequireUdfNumber("UdfString", number, 8);
        return Set(r =>
        {
            switch (number)
            {
                case 1: r.UdfString1 = value; break;
                case 2: r.UdfString2 = value; break;
                case 3: r.UdfString3 = value; break;
                case 4: r.UdfString4 = value; break;
                case 5: r.UdfString5 = value; break;
                case 6: r.UdfString6 = value; break;
                case 7: r.UdfString7 = value; break;
                case 8: r.UdfString8 = value; break;
            }
        });
    }

    /// <summary>Sets <c>udf_float_{number}</c>.</summary>
    /// <param name="number">1 to 4.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="LeadsValidationException"><paramref name="number"/> is not 1 to 4.</exception>
    public CrmCreateLeadRequestBuilder WithUdfFloat(int number, double value)
    {
        RequireUdfNumber("UdfFloat", number, 4);
        return Set(r =>
        {
            switch (number)
            {
                case 1: r.UdfFloat1 = value; break;
                case 2: r.UdfFloat2 = value; break;
                case 3: r.UdfFloat3 = value; break;
                case 4: r.UdfFloat4 = value; break;
            }
        });
    }

    /// <summary>Sets <c>udf_date_{number}</c>.</summary>
    /// <param name="number">1 to 4.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="LeadsValidationException"><paramref name="number"/> is not 1 to 4.</exception>
    public CrmCreateLeadRequestBuilder WithUdfDate(int number, DateTimeOffset value)
    {
        RequireUdfNumber("UdfDate", number, 4);
        return Set(r =>
        {
            switch (number)
            {
                case 1: r.UdfDate1 = value; break;
                case 2: r.UdfDate2 = value; break;
                case 3: r.UdfDate3 = value; break;
                case 4: r.UdfDate4 = value; break;
            }
        });
    }

    /// <summary>Sets the start date.</summary>
    /// <param name="date">The date.</param>
    public CrmCreateLeadRequestBuilder WithStartDate(DateTimeOffset date) => Set(r => r.StartDate = date);

    /// <summary>Sets the expected completion date.</summary>
    /// <param name="date">The date.</param>
    public CrmCreateLeadRequestBuilder WithExpectedCompletionDate(DateTimeOffset date) => Set(r => r.ExpectedCompletionDate = date);

    /// <summary>Sets the estimated completion time.</summary>
    /// <param name="value">A positive amount.</param>
    /// <param name="unit">The unit.</param>
    public CrmCreateLeadRequestBuilder WithEstimatedCompletionTime(int value, CrmTimePeriodUnit unit) => Set(r => r.EstimatedCompletionTime = new CrmTimePeriod(value, unit));

    /// <summary>Assigns the lead to a user and/or a group.</summary>
    /// <param name="user">The user, or null.</param>
    /// <param name="group">The group, or null.</param>
    public CrmCreateLeadRequestBuilder WithAssignedTo(CrmUserIdentifier? user, CrmEntityIdentifier? group = null) => Set(r => r.AssignedTo = new CrmLeadAssignment { User = user, Group = group });

    /// <summary>Adds a competitor.</summary>
    /// <param name="competitor">The identifier.</param>
    public CrmCreateLeadRequestBuilder AddCompetitor(CrmEntityIdentifier competitor) => Set(r => (r.Competitors ??= []).Add(new CrmLeadCompetitor { Competitor = competitor }));

    /// <summary>Adds a team member.</summary>
    /// <param name="user">The user.</param>
    public CrmCreateLeadRequestBuilder AddUser(CrmUserIdentifier user) => Set(r => (r.Users ??= []).Add(new CrmLeadUser { User = user }));

    /// <summary>Adds a product.</summary>
    /// <param name="product">The product.</param>
    public CrmCreateLeadRequestBuilder AddProduct(CrmProductIdentifier product) => Set(r => (r.Products ??= []).Add(new CrmLeadProduct(product)));

    /// <summary>Adds a service.</summary>
    /// <param name="service">The service (a product).</param>
    public CrmCreateLeadRequestBuilder AddService(CrmProductIdentifier service) => Set(r => (r.Services ??= []).Add(new CrmLeadProduct(service)));

    /// <summary>Adds a physical good.</summary>
    /// <param name="physicalGood">The physical good (a product).</param>
    public CrmCreateLeadRequestBuilder AddPhysicalGood(CrmProductIdentifier physicalGood) => Set(r => (r.PhysicalGoods ??= []).Add(new CrmLeadProduct(physicalGood)));

    /// <summary>Sets the subscription package.</summary>
    /// <param name="package">The package (a product).</param>
    public CrmCreateLeadRequestBuilder WithSubscriptionPackage(CrmProductIdentifier package) => Set(r => r.SubscriptionPackage = new CrmLeadSubscriptionPackage { Package = package });

    /// <summary>Asks the server to return only these fields.</summary>
    /// <param name="fields">The field names, for example <c>id</c>, <c>number</c>.</param>
    /// <exception cref="LeadsValidationException"><paramref name="fields"/> is null.</exception>
    public CrmCreateLeadRequestBuilder WithFieldsSet(params string[] fields)
    {
        RequireArgument("FieldsSet", fields);
        string[] copy = [.. fields];
        return Set(r => r.FieldsSet = [.. copy]);
    }

    /// <summary>
    /// Adds a field the model does not have, written after the model's fields (see
    /// <see cref="CrmCreateLeadRequest.AdditionalFields"/>), for example a field under the name your server uses.
    /// </summary>
    /// <param name="name">The JSON name, compared ordinally; a later call with the same name replaces the value.</param>
    /// <param name="value">The JSON value; <see langword="null"/> is sent as JSON <c>null</c>.</param>
    /// <exception cref="LeadsValidationException"><paramref name="name"/> is null.</exception>
    public CrmCreateLeadRequestBuilder WithAdditionalField(string name, JsonNode? value)
    {
        RequireArgument("AdditionalFields", name);
        return Set(r => r.AdditionalFields[name] = value?.DeepClone());
    }

    /// <summary>Returns a new request with every field set so far; later calls on the builder do not change it.</summary>
    public CrmCreateLeadRequest Build()
    {
        var request = new CrmCreateLeadRequest();
        foreach (var change in _changes)
        {
            change(request);
        }

        return request;
    }

    private CrmCreateLeadRequestBuilder Set(Action<CrmCreateLeadRequest> change)
    {
        _changes.Add(change);
        return this;
    }

    // A UDF number names a property; one that does not exist is a field the caller cannot have meant.
    private static void RequireUdfNumber(string kind, int number, int count)
    {
        if (number < 1 || number > count)
        {
            throw Misuse($"{kind}{number}", ValidationRules.Range, $"{kind}{number} does not exist: the {kind} fields are numbered 1 to {count}.");
        }
    }

    private static void RequireArgument(string field, object? value)
    {
        if (value is null)
        {
            throw Misuse(field, ValidationRules.Required, $"{field} needs a value.");
        }
    }

    private static LeadsValidationException Misuse(string path, string rule, string message)
        => new([new ValidationError(path, rule, message)]);
}
