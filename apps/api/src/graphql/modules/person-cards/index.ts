// Person cards in the staff console.
import './page-info';
import './person-card';
import './person-card-queries';
import './person-card-mutations';
