package org.paipmanager.compliance;

import java.util.List;

/**
 * What a desk review packet holds, file by file, as it was built: the CSV files of the
 * zip, each with its header and rows. The PDF shows the same.
 */
public record ReviewPacket(ReviewPacketListing listing, List<PacketFile> files) {

	public ReviewPacket {
		files = List.copyOf(files);
	}

	/** One CSV file of the packet. */
	public record PacketFile(String name, List<String> header, List<List<String>> rows) {

		public PacketFile {
			header = List.copyOf(header);
			rows = List.copyOf(rows.stream().map(List::copyOf).toList());
		}

	}

}
