// Person cards in the staff console.
import './person-card';
import './person-card-queries';
import './person-card-mutations';
