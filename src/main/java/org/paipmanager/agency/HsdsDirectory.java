package org.paipmanager.agency;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The partner-agency directory as Open Referral HSDS 3.0 JSON: organizations with their
 * phones, contacts, locations (with addresses) and services (with languages and service
 * areas). The 501.105 category, the counties served and the languages also travel as
 * organization attributes, so an entry without services keeps them. A confidential
 * location is exported with no location and no address at all.
 */
final class HsdsDirectory {

	static final String VERSION = "3.0";

	static final String CATEGORY_TAXONOMY = "paip-501.105-category";

	static final String COUNTY_TAXONOMY = "paip-county-served";

	static final String LANGUAGE_TAXONOMY = "paip-language";

	static final String HOME_COUNTY_TAXONOMY = "paip-county";

	static final String CONFIDENTIAL_TAXONOMY = "paip-confidential-location";

	/** Largest file taken: a regional directory is far smaller. */
	static final int MAX_BYTES = 1024 * 1024;

	private static final int MAX_ORGANIZATIONS = 2000;

	/** One organization of a file, as a directory entry. */
	record Organization(String hsdsId, PartnerAgencyCommand command, boolean addressDropped) {
	}

	private final JsonMapper json;

	HsdsDirectory(JsonMapper json) {
		this.json = json;
	}

	String export(List<PartnerAgencyEntry> entries) {
		ObjectNode root = this.json.createObjectNode();
		root.put("hsds_version", VERSION);
		ArrayNode organizations = root.putArray("organizations");
		for (PartnerAgencyEntry entry : entries) {
			organizations.add(organization(entry));
		}
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private ObjectNode organization(PartnerAgencyEntry entry) {
		String orgId = (entry.hsdsId() != null) ? entry.hsdsId() : entry.id().toString();
		ObjectNode org = this.json.createObjectNode();
		org.put("id", orgId);
		org.put("name", entry.name());
		org.put("description", (entry.description() != null) ? entry.description() : entry.name());
		putIfPresent(org, "email", entry.email());
		putIfPresent(org, "website", entry.website());
		ArrayNode phones = org.putArray("phones");
		if (entry.phone() != null) {
			phones.add(phone(orgId + "/phone", entry.phone()));
		}
		ArrayNode contacts = org.putArray("contacts");
		for (int i = 0; i < entry.contacts().size(); i++) {
			PartnerAgencyContact contact = entry.contacts().get(i);
			String contactId = derivedId(orgId, "contact", i);
			ObjectNode node = contacts.addObject();
			node.put("id", contactId);
			node.put("organization_id", orgId);
			node.put("name", contact.name());
			putIfPresent(node, "title", contact.role());
			putIfPresent(node, "email", contact.email());
			ArrayNode contactPhones = node.putArray("phones");
			if (contact.phone() != null) {
				contactPhones.add(phone(contactId + "/phone", contact.phone()));
			}
		}
		ArrayNode locations = org.putArray("locations");
		// Victim safety: a confidential location is never exported, with or without its
		// address.
		if (!entry.confidentialLocation()) {
			ObjectNode location = locations.addObject();
			String locationId = derivedId(orgId, "location", 0);
			location.put("id", locationId);
			location.put("location_type", "physical");
			location.put("organization_id", orgId);
			location.put("name", entry.name());
			ArrayNode addresses = location.putArray("addresses");
			if (entry.addressLine() != null || entry.city() != null || entry.postalCode() != null
					|| entry.state() != null) {
				ObjectNode address = addresses.addObject();
				address.put("id", derivedId(orgId, "address", 0));
				address.put("location_id", locationId);
				address.put("address_1", nullToEmpty(entry.addressLine()));
				address.put("city", nullToEmpty(entry.city()));
				putIfPresent(address, "region", entry.county());
				address.put("state_province", nullToEmpty(entry.state()));
				address.put("postal_code", nullToEmpty(entry.postalCode()));
				address.put("country", "US");
				address.put("address_type", "physical");
			}
		}
		ArrayNode services = org.putArray("services");
		for (int i = 0; i < entry.services().size(); i++) {
			PartnerAgencyService service = entry.services().get(i);
			String serviceId = derivedId(orgId, "service", i);
			ObjectNode node = services.addObject();
			node.put("id", serviceId);
			node.put("organization_id", orgId);
			node.put("name", service.name());
			putIfPresent(node, "description", service.description());
			node.put("status", "active");
			ArrayNode languages = node.putArray("languages");
			for (int l = 0; l < entry.languages().size(); l++) {
				ObjectNode language = languages.addObject();
				language.put("id", derivedId(serviceId, "language", l));
				language.put("service_id", serviceId);
				language.put("name", entry.languages().get(l));
			}
			ArrayNode areas = node.putArray("service_areas");
			for (int a = 0; a < entry.countiesServed().size(); a++) {
				ObjectNode area = areas.addObject();
				area.put("id", derivedId(serviceId, "service_area", a));
				area.put("service_id", serviceId);
				area.put("name", entry.countiesServed().get(a));
				area.put("description", "County");
			}
		}
		ArrayNode attributes = org.putArray("attributes");
		attribute(attributes, orgId, CATEGORY_TAXONOMY, entry.category().name(), entry.category().section());
		if (entry.county() != null) {
			attribute(attributes, orgId, HOME_COUNTY_TAXONOMY, entry.county(), entry.county());
		}
		for (String county : entry.countiesServed()) {
			attribute(attributes, orgId, COUNTY_TAXONOMY, county, county);
		}
		for (String language : entry.languages()) {
			attribute(attributes, orgId, LANGUAGE_TAXONOMY, language, language);
		}
		if (entry.confidentialLocation()) {
			attribute(attributes, orgId, CONFIDENTIAL_TAXONOMY, "true", "Confidential location");
		}
		return org;
	}

	private ObjectNode phone(String id, String number) {
		ObjectNode phone = this.json.createObjectNode();
		phone.put("id", UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString());
		phone.put("number", number);
		return phone;
	}

	private static void attribute(ArrayNode attributes, String orgId, String taxonomy, String code, String label) {
		String termId = UUID.nameUUIDFromBytes((taxonomy + "/" + code).getBytes(StandardCharsets.UTF_8)).toString();
		ObjectNode attribute = attributes.addObject();
		attribute.put("id", derivedId(orgId, taxonomy + "/" + code, 0));
		attribute.put("link_id", orgId);
		attribute.put("link_type", taxonomy);
		attribute.put("link_entity", "organization");
		attribute.put("taxonomy_term_id", termId);
		attribute.put("value", code);
		attribute.put("label", label);
		ObjectNode term = attribute.putObject("taxonomy_term");
		term.put("id", termId);
		term.put("code", code);
		term.put("name", label);
		term.put("description", label);
		term.put("vocabulary", taxonomy);
	}

	private static String derivedId(String parent, String kind, int index) {
		return UUID.nameUUIDFromBytes((parent + "/" + kind + "/" + index).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static void putIfPresent(ObjectNode node, String field, String value) {
		if (value != null) {
			node.put(field, value);
		}
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	/**
	 * Reads a file into directory entries, checking all of it before anything is taken.
	 * @throws PartnerAgencyRefused naming what is wrong with the file
	 */
	List<Organization> read(byte[] file) {
		if (file == null || file.length == 0) {
			throw refused("agency.hsds.empty", "The file is empty.");
		}
		if (file.length > MAX_BYTES) {
			throw refused("agency.hsds.tooLarge", "The file is larger than 1 MB.");
		}
		if (!looksLikeJson(file)) {
			throw refused("agency.hsds.notJson", "The file is not JSON.");
		}
		JsonNode root;
		try {
			root = this.json.readTree(file);
		}
		catch (JacksonException ex) {
			throw refused("agency.hsds.notJson", "The file is not valid JSON.");
		}
		JsonNode organizations = (root != null && root.isArray()) ? root
				: (root != null && root.isObject()) ? root.get("organizations") : null;
		if (organizations == null || !organizations.isArray() || organizations.isEmpty()) {
			throw refused("agency.hsds.noOrganizations", "The file holds no HSDS organizations array.");
		}
		if (organizations.size() > MAX_ORGANIZATIONS) {
			throw refused("agency.hsds.tooLarge", "The file holds more than " + MAX_ORGANIZATIONS + " organizations.");
		}
		List<Organization> read = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		int position = 0;
		for (JsonNode org : organizations) {
			position++;
			Organization organization = organization(org, position);
			if (!ids.add(organization.hsdsId())) {
				throw refusedOrganization(position, "its id appears twice in the file");
			}
			read.add(organization);
		}
		return read;
	}

	private Organization organization(JsonNode org, int position) {
		if (!org.isObject()) {
			throw refusedOrganization(position, "it is not an object");
		}
		String id = text(org, "id", position);
		String name = text(org, "name", position);
		if (id == null || id.isBlank() || id.length() > 200) {
			throw refusedOrganization(position, "it has no id");
		}
		if (name == null || name.isBlank()) {
			throw refusedOrganization(position, "it has no name");
		}
		PartnerAgencyCategory category = PartnerAgencyCategory.COMMUNITY_ORGANIZATION;
		boolean confidential = false;
		String homeCounty = null;
		Set<String> counties = new LinkedHashSet<>();
		Set<String> languages = new LinkedHashSet<>();
		for (JsonNode attribute : array(org, "attributes", position)) {
			String taxonomy = text(attribute, "link_type", position);
			JsonNode term = attribute.path("taxonomy_term");
			if (taxonomy == null && term.isObject()) {
				taxonomy = text(term, "vocabulary", position);
			}
			String value = text(attribute, "value", position);
			if (value == null && term.isObject()) {
				value = text(term, "code", position);
			}
			if (taxonomy == null || value == null) {
				continue;
			}
			switch (taxonomy) {
				case CATEGORY_TAXONOMY -> category = category(value, position);
				case COUNTY_TAXONOMY -> counties.add(value);
				case HOME_COUNTY_TAXONOMY -> homeCounty = value;
				case LANGUAGE_TAXONOMY -> languages.add(value);
				case CONFIDENTIAL_TAXONOMY -> confidential = "true".equalsIgnoreCase(value);
				default -> {
				}
			}
		}
		String phone = firstPhone(org, position);
		List<PartnerAgencyContact> contacts = new ArrayList<>();
		for (JsonNode contact : array(org, "contacts", position)) {
			String contactName = text(contact, "name", position);
			if (contactName == null || contactName.isBlank()) {
				throw refusedOrganization(position, "a contact has no name");
			}
			contacts.add(new PartnerAgencyContact(contactName, text(contact, "title", position),
					firstPhone(contact, position), text(contact, "email", position)));
		}
		List<PartnerAgencyService> services = new ArrayList<>();
		boolean serviceAttributes = !counties.isEmpty() || !languages.isEmpty();
		for (JsonNode service : array(org, "services", position)) {
			String serviceName = text(service, "name", position);
			if (serviceName == null || serviceName.isBlank()) {
				throw refusedOrganization(position, "a service has no name");
			}
			services.add(new PartnerAgencyService(serviceName, text(service, "description", position)));
			if (!serviceAttributes) {
				// A file from elsewhere: languages and areas are on its services.
				for (JsonNode language : array(service, "languages", position)) {
					addIfPresent(languages, text(language, "name", position));
				}
				for (JsonNode area : array(service, "service_areas", position)) {
					addIfPresent(counties, text(area, "name", position));
				}
			}
		}
		String addressLine = null;
		String city = null;
		String state = null;
		String postalCode = null;
		String county = homeCounty;
		boolean addressDropped = false;
		for (JsonNode location : array(org, "locations", position)) {
			for (JsonNode address : array(location, "addresses", position)) {
				if (confidential) {
					// Victim safety: a confidential location's address is never taken.
					addressDropped = true;
					break;
				}
				addressLine = emptyToNull(text(address, "address_1", position));
				city = emptyToNull(text(address, "city", position));
				state = emptyToNull(text(address, "state_province", position));
				postalCode = emptyToNull(text(address, "postal_code", position));
				if (county == null) {
					county = emptyToNull(text(address, "region", position));
				}
				break;
			}
			break;
		}
		String description = text(org, "description", position);
		if (description != null && description.equals(name)) {
			description = null;
		}
		PartnerAgencyCommand command = new PartnerAgencyCommand(name.strip(), category, description, phone,
				text(org, "email", position), text(org, "website", position), addressLine, city, state, postalCode,
				county, List.copyOf(counties), List.copyOf(languages), confidential, contacts, services);
		return new Organization(id.strip(), command, addressDropped);
	}

	private static PartnerAgencyCategory category(String value, int position) {
		try {
			return PartnerAgencyCategory.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw refusedOrganization(position, "its 501.105 category is unknown");
		}
	}

	private static String firstPhone(JsonNode node, int position) {
		for (JsonNode phone : array(node, "phones", position)) {
			String number = text(phone, "number", position);
			if (number != null && !number.isBlank()) {
				return number;
			}
		}
		return null;
	}

	private static Iterable<JsonNode> array(JsonNode node, String field, int position) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw refusedOrganization(position, field + " is not a list");
		}
		for (JsonNode item : value) {
			if (!item.isObject()) {
				throw refusedOrganization(position, field + " holds something other than objects");
			}
		}
		return value;
	}

	private static String text(JsonNode node, String field, int position) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw refusedOrganization(position, field + " is not text");
		}
		return value.asString();
	}

	private static void addIfPresent(Set<String> values, String value) {
		if (value != null && !value.isBlank()) {
			values.add(value.strip());
		}
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static boolean looksLikeJson(byte[] file) {
		int start = 0;
		// A UTF-8 byte order mark is allowed before the JSON.
		if (file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF) {
			start = 3;
		}
		for (int i = start; i < file.length; i++) {
			byte b = file[i];
			if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
				continue;
			}
			return b == '{' || b == '[';
		}
		return false;
	}

	static PartnerAgencyRefused refused(String key, String detail) {
		return new PartnerAgencyRefused(detail + " Nothing was imported.", Map.of("file", key));
	}

	static PartnerAgencyRefused refusedOrganization(int position, String problem) {
		return new PartnerAgencyRefused(
				"Organization " + position + " of the file cannot be read: " + problem + ". Nothing was imported.",
				Map.of("file", "agency.hsds.organizationInvalid"));
	}

}
