// Draws a signature on a canvas with mouse, pen or finger, and puts it in the form as a
// PNG data URL when the form is sent. Typing the name stays the accessible way to sign;
// the drawing is the signature mark.
(function () {
	'use strict';
	document.querySelectorAll('canvas[data-signature-input]').forEach(function (canvas) {
		var input = document.getElementById(canvas.getAttribute('data-signature-input'));
		var clear = document.getElementById(canvas.getAttribute('data-signature-clear'));
		var context = canvas.getContext('2d');
		var drawing = false;
		var drawn = false;
		context.lineWidth = 2.5;
		context.lineCap = 'round';
		context.strokeStyle = '#1b1b1b';

		function point(event) {
			var box = canvas.getBoundingClientRect();
			return {
				x: (event.clientX - box.left) * (canvas.width / box.width),
				y: (event.clientY - box.top) * (canvas.height / box.height)
			};
		}
		canvas.addEventListener('pointerdown', function (event) {
			drawing = true;
			canvas.setPointerCapture(event.pointerId);
			var p = point(event);
			context.beginPath();
			context.moveTo(p.x, p.y);
		});
		canvas.addEventListener('pointermove', function (event) {
			if (!drawing) {
				return;
			}
			var p = point(event);
			context.lineTo(p.x, p.y);
			context.stroke();
			drawn = true;
		});
		['pointerup', 'pointercancel'].forEach(function (name) {
			canvas.addEventListener(name, function () {
				drawing = false;
				if (drawn) {
					input.value = canvas.toDataURL('image/png');
				}
			});
		});
		if (clear) {
			clear.addEventListener('click', function () {
				context.clearRect(0, 0, canvas.width, canvas.height);
				drawn = false;
				input.value = '';
			});
		}
	});
})();

// Print buttons: the print stylesheet leaves only the contract and its signature.
document.querySelectorAll('[data-print]').forEach(function (button) {
	'use strict';
	button.addEventListener('click', function () {
		window.print();
	});
});
